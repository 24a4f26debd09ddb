namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A demonym that names no one country ("Korean", "Canadian-US") is no affiliation.</summary>
public class SharedDemonymAffiliationTests
{
    [Fact]
    public void ADemonymOfTwoCountriesIsNoAffiliation()
    {
        var facts = Extract.From("The jury praised Korean cinematographer Han Do-yeon for her night scenes.");
        Assert.Null(Extract.Person(facts, "Han Do-yeon").Affiliation);
    }

    [Fact]
    public void TwoJoinedDemonymsAreNoAffiliation()
    {
        var facts = Extract.From("French-Italian chemist Livia Serrat won the medal on Tuesday.");
        Assert.Null(Extract.Person(facts, "Livia Serrat").Affiliation);
    }

    [Fact]
    public void ADemonymOfOneCountryStaysItsCountry()
    {
        var facts = Extract.From("The jury praised Norwegian cinematographer Siri Holm for her night scenes.");
        Assert.Equal("Norway", Extract.Person(facts, "Siri Holm").Affiliation);
    }
}
