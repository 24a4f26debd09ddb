using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A bank "of" a country names the bank, not a place the story is about: only the bank's name gives no place.
public class BankOfACountryTests
{
    [Theory]
    [InlineData("The Central Bank of Indonesia raised its benchmark rate by a quarter point on Tuesday.", "Indonesia")]
    [InlineData("Economists expect the Reserve Bank of Australia to hold its policy rate next month.", "Australia")]
    public void ACountryNamedOnlyInsideABanksNameIsNoPlace(string sentence, string country)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(country, Extract.PlaceNames(facts));
        Assert.NotEmpty(facts.Organizations);
    }

    [Fact]
    public void ACountryAlsoNamedOutsideTheBankKeepsItsPlace()
    {
        var facts = Extract.From(
            "The Central Bank of Indonesia raised its benchmark rate on Tuesday. Prices in Indonesia rose faster than expected.");
        Assert.Contains("Indonesia", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnotherBodyOfACountryStillGivesThePlace()
    {
        var facts = Extract.From("The Electoral Commission of Indonesia published the final count on Friday.");
        Assert.Contains("Indonesia", Extract.PlaceNames(facts));
    }
}
