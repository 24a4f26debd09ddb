namespace FactsGenerator.Extraction.Tests.Entities;

public class PossessivePlaceNameTests
{
    [Theory]
    [InlineData("Aid groups in Cox's Bazar said the camps were full.")]
    [InlineData("Aid groups in Cox\u2019s Bazar said the camps were full.")]
    [InlineData("The camps in Bangladesh\u2019s Cox\u2019s Bazar were full, aid groups said.")]
    public void APossessiveInsideAKnownPlaceNameKeepsTheName(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(facts.Places, p => p.Name == "Cox's Bazar" || p.Name == "Cox\u2019s Bazar");
    }

    [Fact]
    public void APossessiveBeforeAnUnknownWordStillEndsThePlace()
    {
        var facts = Extract.From("Lisbon's Harbour Festival drew crowds on Sunday.");
        Assert.Contains("Lisbon", Extract.PlaceNames(facts));
    }
}
