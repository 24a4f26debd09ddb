using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An acronym leaves out the country that opens a body's name.</summary>
public class CountryPrefixAcronymTests
{
    [Fact]
    public void TheAcronymOfTheNameAfterTheCountryIsAnAlias()
    {
        var facts = Extract.From("The United States Council for Harbour Safety met on Monday. Later the CHS said the port would reopen.");
        var council = Assert.Single(facts.Organizations, body => body.Name == "United States Council for Harbour Safety");
        Assert.Contains("CHS", council.Aliases);
    }

    [Fact]
    public void AnAcronymThatSpellsNoNameStaysApart()
    {
        var facts = Extract.From("The United States Council for Harbour Safety met on Monday. Later the QRT said the port would reopen.");
        Assert.Contains("QRT", Extract.OrganizationNames(facts));
    }
}
