using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class DatelineBulletAndProvinceTests
{
    [Fact]
    public void CapitalsBeforeASpacedBulletNameThePlaceTheStoryWasFiledFrom()
    {
        var facts = Extract.From("NEW YORK • Dock workers walked out on Tuesday over a pay offer.");
        Assert.Contains("New York", Extract.PlaceNames(facts));
        Assert.DoesNotContain("YORK", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void CapitalsBeforeABulletThatNameNoKnownPlaceAreNoDateline()
    {
        var facts = Extract.From("BRENNHOLT GRAIN • Farmers said the rains came late this year.");
        Assert.DoesNotContain("Brennholt Grain", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AStateAbbreviatedInADatelineKeepsTheAbbreviationAsAlias()
    {
        var facts = Extract.From("TARSKBY, N.C. (AP) - Two officers were placed on leave after the chase.");
        var state = Assert.Single(facts.Places, p => p.Name == "North Carolina");
        Assert.Contains("N.C.", state.Aliases);
    }

    [Theory]
    [InlineData("WATERLOO, Ont. - The software maker defended its plan on Friday.", "Ontario", "Ont.")]
    [InlineData("The mill in Orrinvale, B.C., closed on Monday.", "British Columbia", "B.C.")]
    [InlineData("A plant near Tarskford, Que., will hire 40 people.", "Quebec", "Que.")]
    public void ACanadianProvinceAbbreviatedAfterATownIsTheProvince(string paragraph, string province, string abbreviation)
    {
        var facts = Extract.From(paragraph);
        var place = Assert.Single(facts.Places, p => p.Name == province);
        Assert.Contains(abbreviation, place.Aliases);
    }

    [Fact]
    public void OntarioWrittenOutIsTheProvinceNotAnAmericanTown()
    {
        var facts = Extract.From("Wildfires forced hundreds from their homes in northern Ontario this week.");
        Assert.Contains("Ontario", Extract.PlaceNames(facts));
        Assert.True(FactsGenerator.Extraction.Gazetteer.PlaceGazetteer.Instance.TryFind("Ontario", out var ontario));
        Assert.Equal("Canada", ontario.Country);
    }

    [Fact]
    public void AnAbbreviationWithoutATownBeforeItIsNoProvince()
    {
        var facts = Extract.From("The tablet dates from about 500 B.C. and was found in a cave.");
        Assert.DoesNotContain("British Columbia", Extract.PlaceNames(facts));
    }
}
