namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Datelines and legislators' party tags as wire copy writes them (the dateline is read by the dateline reader;
/// these tests check it on wire forms). A state abbreviated after its town is in <see cref="StateAbbreviationTests"/>.</summary>
public class WireLocationTests
{
    [Theory]
    [InlineData("HARLOWTON, Mont. (AP) — The new bridge opened on Tuesday.", "Harlowton")]
    [InlineData("DES MOINES, Iowa (AP) — The new bridge opened on Tuesday.", "Des Moines")]
    [InlineData("ST. LOUIS (AP) — The new bridge opened on Tuesday.", "St. Louis")]
    [InlineData("LONDON (Reuters) - The new bridge opened on Tuesday.", "London")]
    [InlineData("NEW YORK — The new bridge opened on Tuesday.", "New York")]
    public void TheDatelinesTownIsAPlaceAndNoBody(string body, string town)
    {
        var facts = Extract.From(body);
        Assert.Contains(town, Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Fact]
    public void TheAgencysCreditIsNoShortFormOfThePlaceBeforeIt()
    {
        var facts = Extract.From("BOISE, Idaho (AP) — The new bridge opened on Tuesday.");
        var idaho = Assert.Single(facts.Places, p => p.Name == "Idaho");
        Assert.Empty(idaho.Aliases);
    }

    [Fact]
    public void ADefinedShortFormBeforeADashInProseStaysTheAlias()
    {
        var facts = Extract.From("On Monday, the Velm Harbour Authority (VHA) — the port's owner — raised its fees.");
        Assert.Contains("VHA", Assert.Single(facts.Organizations, o => o.Name == "Velm Harbour Authority").Aliases);
    }

    [Fact]
    public void APartyTagGivesTheLegislatorsPartyAndTheStateIsAPlace()
    {
        var facts = Extract.From("Sen. Tomas Brandt, R-Texas, backed the plan. Rep. Lena Varos, D-N.Y., opposed it. Rep. Ana Velasco (D-Calif.) abstained.");
        Assert.Equal("Republican", Extract.Person(facts, "Tomas Brandt").Affiliation);
        Assert.Equal("Democratic", Extract.Person(facts, "Lena Varos").Affiliation);
        Assert.Equal("Democratic", Extract.Person(facts, "Ana Velasco").Affiliation);
        Assert.Contains("Texas", Extract.PlaceNames(facts));
        Assert.Contains("New York", Extract.PlaceNames(facts));
        Assert.Contains("California", Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Fact]
    public void AnEverydayWordBeforeTheDashFlagsTheReportAndIsNoPlace()
    {
        var facts = Extract.From("BREAKING — The new bridge opened on Tuesday.");
        Assert.Empty(facts.Places);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Fact]
    public void AnEverydayWordWithItsStateAfterTheCommaIsATown()
    {
        var facts = Extract.From("PARADISE, Calif. (AP) — The new bridge opened on Tuesday.");
        Assert.Contains("Paradise", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Gov. Ana Velasco, a Republican, signed the bill.", "Republican")]
    [InlineData("Ana Velasco, a Democrat from Ohio, signed the bill.", "Democratic")]
    [InlineData("Ana Velasco, an Independent, signed the bill.", "Independent")]
    [InlineData("Sen. Ana Velasco, a Republican who chairs the panel, signed the bill.", "Republican")]
    public void APartyInTheAppositionIsTheAffiliation(string body, string party)
    {
        Assert.Equal(party, Extract.Person(Extract.From(body), "Ana Velasco").Affiliation);
    }

    [Fact]
    public void AnEverydayWordBeforeTheAgencysCreditIsATown()
    {
        var facts = Extract.From("PHOENIX (AP) — The new bridge opened on Tuesday.");
        Assert.Contains("Phoenix", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("NASA — the space agency — said the launch was off.")]
    [InlineData("NASA, the space agency, said on Monday — after a delay — that the launch was off.")]
    public void AnAcronymOpeningTheBodyIsNoDateline(string body)
    {
        var facts = Extract.From(body);
        Assert.Empty(facts.Places);
        Assert.Contains("NASA", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnIndependentsTagGivesThePartyAndTheState()
    {
        var facts = Extract.From("Sen. Tomas Brandt (I-Vt.) backed the plan.");
        Assert.Equal("Independent", Extract.Person(facts, "Tomas Brandt").Affiliation);
        Assert.Contains("Vermont", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APartyTagAfterASuffixGivesTheParty()
    {
        var facts = Extract.From("Sen. Tomas Brandt Jr., R-Ohio, said the plan was dead.");
        Assert.Equal("Republican", Assert.Single(facts.People).Affiliation);
    }

    [Fact]
    public void APartyTagOpeningTheBodyNamesNobody()
    {
        var facts = Extract.From("(R-Ohio) said no.");
        Assert.Empty(facts.People);
    }
}
