namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A state before a chamber and a word of a contest ("the Velmar Senate primary") names where the election is.</summary>
public class ChamberContestTests
{
    [Theory]
    [InlineData("Ana Velasco won the Oregon Senate primary on Tuesday.", "Oregon", "Oregon Senate")]
    [InlineData("Tom Brandt lost the Utah House race by 300 votes.", "Utah", "Utah House")]
    public void AStateBeforeAChamberContestIsAPlaceAndNoBody(string sentence, string state, string run)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(facts.Places, place => place.Name == state);
        Assert.DoesNotContain(facts.Organizations, body => body.Name == run);
    }

    [Fact]
    public void TheNationalChamberBeforeAContestStaysABody()
    {
        var facts = Extract.From("Ana Velasco entered the U.S. Senate race on Tuesday.");
        Assert.Contains(facts.Organizations, body => body.Name == "U.S. Senate");
    }
}
