namespace FactsGenerator.Extraction.Tests.Entities;

public class NamedAreaTests
{
    [Theory]
    [InlineData("Fighting was reported in the Tavrek area on Sunday.", "Tavrek")]
    [InlineData("Two families fled from the Ormsel area of the valley overnight.", "Ormsel")]
    [InlineData("Roads around the Pellow Cross area were shut after the spill.", "Pellow Cross")]
    public void NameBetweenTheAndAreaAfterAPrepositionOfPlaceIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
    }

    [Fact]
    public void APartyBeforeAreaNamesNoPlace()
    {
        var facts = Extract.From("Turnout in the Labour area fell sharply this year.");
        Assert.DoesNotContain("Labour", Extract.PlaceNames(facts));
    }
}
