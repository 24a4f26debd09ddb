namespace FactsGenerator.Extraction.Tests.Quantities;

public class TwoWordUnitTests
{
    [Fact]
    public void NauticalMilesKeepTheirFirstWord()
    {
        var fact = QuantityTestText.First("The trawler capsized 22 nautical miles east of the lighthouse.");
        Assert.Equal(22m, fact.Value);
        Assert.Equal("nautical miles", fact.Unit);
    }

    [Fact]
    public void OneNauticalMileIsInNauticalMiles()
    {
        var fact = QuantityTestText.First("The wreck lies about one nautical mile off the point.");
        Assert.Equal("nautical miles", fact.Unit);
    }

    [Fact]
    public void AnAreaInNauticalMilesKeepsBothWords()
    {
        var fact = QuantityTestText.First("Coast guard cutters combed 1,240 square nautical miles of open water.");
        Assert.Equal(1240m, fact.Value);
        Assert.Equal("square nautical miles", fact.Unit);
    }

    [Fact]
    public void BasisPointsKeepTheirFirstWord()
    {
        var fact = QuantityTestText.First("The lender cut its mortgage rate by 35 basis points on Tuesday.");
        Assert.Equal(35m, fact.Value);
        Assert.Equal("basis points", fact.Unit);
    }

    [Fact]
    public void PlainMilesAndPointsStayAsTheyWere()
    {
        Assert.Equal("miles", QuantityTestText.First("The village lies 30 miles from the coast.").Unit);
        Assert.Equal("square miles", QuantityTestText.First("The blaze has burned 48 square miles of forest.").Unit);
        Assert.Equal("points", QuantityTestText.First("The guard scored 31 points in the final.").Unit);
    }
}
