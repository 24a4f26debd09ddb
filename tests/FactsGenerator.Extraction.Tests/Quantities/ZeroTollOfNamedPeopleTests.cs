using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"No police officers were injured", "no Coalition troops were hurt": a zero toll of any plural noun of people.</summary>
public class ZeroTollOfNamedPeopleTests
{
    [Theory]
    [InlineData("No police officers were injured during the raid.")]
    [InlineData("No firefighters were hurt, the chief said.")]
    [InlineData("No Coalition troops were killed in the strike.")]
    public void ReadsAZeroToll(string sentence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(0m, fact.Value);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("No police officers were available to comment.")]
    [InlineData("No nurses attended the meeting on Monday.")]
    public void ReadsNoCountWithoutACasualtyVerb(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }
}
