using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"the Orvada television network": a name before a medium and a kind of outlet is the outlet.</summary>
public class OutletBeforeKindTests
{
    [Theory]
    [InlineData("The mayor told the Orvada television network that the road was shut.", "Orvada")]
    [InlineData("The union leader said on the Velmfo radio station that the strike would go on.", "Velmfo")]
    [InlineData("A man was pulled from the rubble, the state-run Anatolia news agency reported.", "Anatolia")]
    public void TheNameBeforeTheKindIsAnOrganisation(string text, string outlet)
    {
        var facts = Extract.From(text);
        Assert.Contains(outlet, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(outlet, Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("In an interview with a Charleston, South Carolina radio station, she named her running mate.", "Charleston")]
    [InlineData("He worked for years at a Chicago radio station before the move.", "Chicago")]
    [InlineData("The Turkish news agency said ten people died in Van.", "Van")]
    public void ATownOrACountryBeforeTheKindStaysAPlace(string text, string place)
    {
        var facts = Extract.From(text);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.Empty(Extract.OrganizationNames(facts));
    }
}
