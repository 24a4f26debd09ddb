namespace FactsGenerator.Extraction.Tests.Entities;

public class DatelineTests
{
    [Theory]
    [InlineData("LISBON (Reuters) - Bread prices rose again in March, figures showed.", "Lisbon")]
    [InlineData("SAN DIEGO - The harbour reopened on Sunday after the storm.", "San Diego")]
    [InlineData("RIO DE JANEIRO, May 4 (AFP) - Two ferries collided near the port.", "Rio de Janeiro")]
    [InlineData("NAIROBI: A new bridge opened to traffic on Monday.", "Nairobi")]
    public void CapitalsOpeningTheStoryNameThePlaceItWasFiledFrom(string paragraph, string place)
    {
        var facts = Extract.From(paragraph);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Theory]
    [InlineData("LISBON/NAIROBI (Reuters) - Coffee traders cut their forecasts on Friday.", "Lisbon", "Nairobi")]
    [InlineData("SAN DIEGO/TOKYO, June 9 (Reuters) - Two shipping firms agreed to merge.", "San Diego", "Tokyo")]
    public void ADatelineOfSeveralPlacesJoinedBySlashesNamesEachAndNoBody(string paragraph, string first, string second)
    {
        var facts = Extract.From(paragraph);
        var names = Extract.PlaceNames(facts);
        Assert.Contains(first, names);
        Assert.Contains(second, names);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Fact]
    public void AnUnknownTownWithItsCountryAndAgencyIsAPlaceAndTheAgencyNoAlias()
    {
        var facts = Extract.From("BRENNHOLT, Kenya (AP) - Farmers said the rains came late this year.");
        var names = Extract.PlaceNames(facts);
        Assert.Contains("Brennholt", names);
        var kenya = Assert.Single(facts.Places, p => p.Name == "Kenya");
        Assert.Empty(kenya.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Theory]
    [InlineData("NASA, the space agency, said on Monday it would launch.")]
    [InlineData("Officials met in Lisbon. LONDON and PARIS were not invited.")]
    public void CapitalsThatAreNoDatelineAreLeftAlone(string paragraph)
    {
        var names = Extract.PlaceNames(Extract.From(paragraph));
        Assert.DoesNotContain("Nasa", names);
        Assert.DoesNotContain("London", names);
    }

    [Theory]
    [InlineData("Lisbon (AFP) - Police arrested two men on Monday.", "Lisbon")]
    [InlineData("Nairobi, May 4 (Reuters) - Bread prices rose again.", "Nairobi")]
    public void DatelineInTitleCaseBeforeAnAgencyNamesAKnownPlaceAndNoBody(string paragraph, string place)
    {
        var facts = Extract.From(paragraph);
        var filed = Assert.Single(facts.Places, p => p.Name == place);
        Assert.Empty(filed.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Fact]
    public void TitleCaseOpeningWithoutAnAgencyOrADashIsNoDateline()
    {
        var facts = Extract.From("Velm Aid, the charity, said it would send tents.");
        Assert.DoesNotContain("Velm Aid", Extract.PlaceNames(facts));
    }

    [Fact]
    public void OnlyTheFirstParagraphCarriesADateline()
    {
        var facts = Extract.From("The vote was held on Sunday.\n\nBRENNHOLT (AP) - Farmers voted too.");
        Assert.DoesNotContain("Brennholt", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("BRENNHOLT, Kenya (AP) - Farmers said the rains came late this year.", "AP")]
    [InlineData("TARSKBY, Calif. (AP) - A man was arrested on Monday.", "AP")]
    [InlineData("Nairobi, May 4 (Reuters) - Bread prices rose again.", "Reuters")]
    public void TheAgencySigningTheStoryIsABody(string paragraph, string agency)
    {
        Assert.Contains(agency, Extract.OrganizationNames(Extract.From(paragraph)));
    }
}
