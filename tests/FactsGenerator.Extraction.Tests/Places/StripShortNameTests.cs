using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class StripShortNameTests
{
    [Fact]
    public void TheBareNameBesideAStripIsTheStrip()
    {
        var facts = Extract.From("Strikes hit the Gaza Strip overnight. Aid trucks waited at the border as Gaza ran short of fuel.");
        var strip = Assert.Single(facts.Places, p => p.Name == "Gaza Strip");
        Assert.Contains("Gaza", strip.Aliases);
        Assert.DoesNotContain("Gaza", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AStripOfThreeWordsLeavesTheCityAlone()
    {
        var names = Extract.PlaceNames(Extract.From("Tourists crowded the Las Vegas Strip on Saturday. Hotels in Las Vegas were full."));
        Assert.Contains("Las Vegas", names);
    }

    [Fact]
    public void WithoutTheStripTheBareNameStaysItself()
    {
        Assert.Contains("Gaza", Extract.PlaceNames(Extract.From("Aid trucks waited at the border as Gaza ran short of fuel.")));
    }
}
