using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class RankTests
{
    [Theory]
    [InlineData("The single peaked at #4 on the national chart.", 4, "peaked at #4")]
    [InlineData("The player, with a current world ranking of number 31, lost in the final.", 31, "ranking of number 31")]
    [InlineData("The skater climbed to a career high of number 12 last winter.", 12, "career high of number 12")]
    [InlineData("He is ranked No. 3 in the country.", 3, "ranked No. 3")]
    [InlineData("The album debuted at number 2 on the chart last week.", 2, "debuted at number 2")]
    [InlineData("The song peaked at number one in May.", 1, "peaked at number one")]
    [InlineData("She is ranked number two in the world.", 2, "ranked number two")]
    public void ReadsAPlaceInARankingAsARank(string sentence, double place, string evidence)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)place, fact.Value);
        Assert.Equal("rank", fact.Unit);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
        Assert.Equal(QuantityCategory.Other, fact.Category);
        Assert.Equal(evidence, fact.Evidence.Text);
    }

    [Theory]
    [InlineData("The team hopes to finish in the top 10 this season.", 10)]
    [InlineData("The club ended the season in the national top five.", 5)]
    public void ReadsTopAsABoundOnAPlace(string sentence, double place)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)place, fact.Value);
        Assert.Equal("rank", fact.Unit);
        Assert.Equal(Qualifier.UpTo, fact.Qualifier);
    }

    [Theory]
    [InlineData("The top three finishers advance to the final.", 3, "people")]
    [InlineData("The tax falls on the top 5% of earners.", 5, "percent")]
    public void KeepsACountAfterTop(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void ReadsNoRankWhenANounSaysWhatIsRanked()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The station plays the top 40 most requested songs."), f => f.Unit == "rank");
    }

    [Theory]
    [InlineData("Flight number 31 landed late.")]
    [InlineData("The details are on page 12 of the report.")]
    [InlineData("He lives at No. 3 on the square.")]
    public void LeavesLabelsWithoutARankingWordAlone(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Unit == "rank");
    }

    [Fact]
    public void ThePluralMarkerNosIsNoRankCue()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("The twins were ranked Nos. 3 and 4 in the junior table."), f => f.Unit == "rank");
    }
}
