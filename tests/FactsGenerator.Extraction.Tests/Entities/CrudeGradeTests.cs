namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Grades of oil traded under a place's name ("Brent crude", "West Texas Intermediate") name no place.</summary>
public class CrudeGradeTests
{
    [Fact]
    public void AGradeOfOilIsNoPlaceAndNeitherIsItsLaterBareMention()
    {
        var facts = Extract.From("Brent crude rose 2% on Tuesday. Traders said Brent could reach $95 by spring.");
        Assert.DoesNotContain(facts.Places, place => place.Name == "Brent");
    }

    [Fact]
    public void TheTexasGradeIsNoPlaceButTheCountryBeforeItIs()
    {
        var facts = Extract.From("U.S. West Texas Intermediate crude fell 1% to $71.20 a barrel.");
        Assert.DoesNotContain(facts.Places, place => place.Name == "Texas");
        Assert.Contains(facts.Places, place => place.Name == "United States");
    }

    [Fact]
    public void APlaceBeforeOtherGoodsStaysAPlace()
    {
        var facts = Extract.From("Farmers in Texas said cotton prices fell on Tuesday.");
        Assert.Contains(facts.Places, place => place.Name == "Texas");
    }
}
