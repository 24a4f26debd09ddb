using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A province or a municipality ending a body's name after "of" ("the People's Court of Shanghai Municipality") is the
// place of the gazetteer's bare name, with the headed name as its alias; a county or a bank gives no place this way.
public class ProvinceEndingBodyNameTests
{
    [Fact]
    public void AMunicipalityEndingACourtsNameGivesTheCity()
    {
        var facts = Extract.From("The verdict was upheld on Monday by the Higher People's Court of Shanghai Municipality, state media said.");
        var place = Assert.Single(facts.Places, p => p.Name == "Shanghai");
        Assert.Contains("Shanghai Municipality", place.Aliases);
    }

    [Fact]
    public void ABankOfAMunicipalityGivesNoPlace()
    {
        var facts = Extract.From("The Bank of Shanghai Municipality reported a rise in profit on Monday, the lender said.");
        Assert.DoesNotContain("Shanghai", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnAreaTheGazetteerDoesNotKnowGivesNoPlace()
    {
        var facts = Extract.From("The Intermediate Court of Velmarin Municipality ruled against the company on Monday.");
        Assert.DoesNotContain("Velmarin", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velmarin Municipality", Extract.PlaceNames(facts));
    }
}
