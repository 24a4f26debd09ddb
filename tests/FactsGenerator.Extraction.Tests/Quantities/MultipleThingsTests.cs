using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class MultipleThingsTests
{
    [Theory]
    [InlineData("A lorry crashed into multiple cars on the Velm bypass.")]
    [InlineData("Multiple agencies joined the search for the trawler.")]
    [InlineData("The rebels staged multiple raids across the valley.")]
    [InlineData("The striker has won multiple trophies with the club.")]
    public void DropsMultipleBeforeThings(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Theory]
    [InlineData("Multiple witnesses described the driver.", QuantityCategory.Other)]
    [InlineData("Multiple guards were injured in the riot.", QuantityCategory.Casualties)]
    public void KeepsMultipleBeforePeople(string sentence, QuantityCategory category)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(category, fact.Category);
    }

    [Fact]
    public void KeepsSeveralBeforeThings()
    {
        var fact = QuantityTestText.Single("Several cars were damaged on the Velm bypass.");
        Assert.Null(fact.Value);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
    }
}
