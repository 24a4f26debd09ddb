using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A county's or a town's board named by its place and level ("Velmar County Board of Supervisors") serves that place,
// which is named too, as for its council; a company or a board without a level of government names no place.
public class CountyBoardPlaceTests
{
    [Theory]
    [InlineData("The Velmar County Board of Supervisors voted on Monday to close two libraries.", "Velmar County")]
    [InlineData("A spokesman for the Ostrava County Board of Commissioners said roads would reopen by Friday.", "Ostrava County")]
    public void ACountyBoardGivesItsCounty(string sentence, string county)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(county, Extract.PlaceNames(facts));
        Assert.NotEmpty(facts.Organizations);
    }

    [Fact]
    public void ABoardWithoutALevelOfGovernmentGivesNoPlace()
    {
        var facts = Extract.From("The Velmar Board of Directors approved the merger on Monday, the company said.");
        Assert.DoesNotContain("Velmar", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velmar County", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Holland America said on Monday that it would cancel three cruises this winter.", "Holland")]
    [InlineData("The Detroit Three reported higher sales of pickup trucks in the second quarter.", "Detroit")]
    public void ACompanyOrTeamNamedAfterAPlaceGivesNoPlace(string sentence, string place)
    {
        Assert.DoesNotContain(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
