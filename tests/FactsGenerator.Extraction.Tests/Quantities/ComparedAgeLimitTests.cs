using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class ComparedAgeLimitTests
{
    [Theory]
    [InlineData("The shots help children younger than 5 who live near the lake.", 5, Qualifier.FewerThan)]
    [InlineData("Adults older than 65 were also invited to the clinic.", 65, Qualifier.MoreThan)]
    [InlineData("The firm no longer hires workers older than 50.", 50, Qualifier.MoreThan)]
    public void ReadsAComparedAgeAfterAGroupAsAnAgeLimit(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(qualifier, fact.Qualifier);
        Assert.Equal("years", fact.Unit);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void LeavesACountAfterAComparisonOfThingsAlone()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The new trucks are older than 12 of the old ones."), f => f.Unit == "years");
    }
}
