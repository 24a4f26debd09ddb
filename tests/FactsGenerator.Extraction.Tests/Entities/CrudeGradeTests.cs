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

    [Fact]
    public void ACountrysOwnCrudeKeepsTheCountryAPlaceForTheWholeStory()
    {
        var facts = Extract.From("U.S. crude stocks fell by 3 million barrels last week. Analysts said the U.S. would see tighter supply. "
            + "Refiners in the U.S. ran at 92% of capacity.");
        Assert.Contains(facts.Places, place => place.Name == "United States");
    }

    [Fact]
    public void AnIndexBeforeFuturesIsNoGradeOfOil()
    {
        var facts = Extract.From("Nasdaq futures slipped 0.4% on Thursday. Dealers said Nasdaq could fall further.");
        Assert.Contains(facts.Organizations, body => body.Name == "Nasdaq");
    }

    [Fact]
    public void ASchoolEndingInIntermediateIsNoGradeOfOil()
    {
        var facts = Extract.From("Ana Velasco, a teacher at Harlow Intermediate, said the new gym opens in May.");
        Assert.Contains(facts.Organizations, body => body.Name == "Harlow Intermediate");
    }
}
