namespace FactsGenerator.Extraction.Tests.Entities;

public class LocalBodyPlaceTests
{
    [Theory]
    [InlineData("On Monday the Lisbon city court fined the driver.", "Lisbon")]
    [InlineData("The Porto city council approved the budget.", "Porto")]
    [InlineData("A judge of the Harrowgate County criminal court read the sentence.", "Harrowgate County")]
    public void APlaceOpeningALowerCaseBodyIsAPlaceToo(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The Boston Globe city desk called twice.", "Boston")]
    [InlineData("The Canadian embassy issued a warning on Friday.", "Canadian")]
    [InlineData("The Republican County committee met in private.", "Republican County")]
    public void ABodyProperNameOrADemonymGivesNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}

public class BasedOnThingTests
{
    [Theory]
    [InlineData("The firm sells RDX-based servers to banks.", "RDX")]
    [InlineData("They wrote a Twitter-based tool for schools.", "Twitter")]
    public void AThingsBaseIsNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ABodysSeatBeforeBasedIsAPlace()
    {
        Assert.Contains("Velmora", Extract.PlaceNames(Extract.From("A Velmora-based charity sent food.")));
    }
}

public class OfficeCountryPlaceTests
{
    [Theory]
    [InlineData("President of Portugal Ana Ruiz said the talks were useful.", "Portugal")]
    [InlineData("President of France Jo Kim said the talks were useful.", "France")]
    [InlineData("Mayor of Madrid Tomas Ortega opened the bridge.", "Madrid")]
    public void TheCountryOfAnOfficeBeforeTheHoldersNameIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ARegionOfAContinentIsReadEvenWhereTheContinentIsNamed()
    {
        var places = Extract.PlaceNames(Extract.From("Aid came from Africa. Rains failed across southern Africa this year."));
        Assert.Contains("Southern Africa", places);
        Assert.Contains("Africa", places);
    }
}

public class CountyBeforeOfficeTests
{
    [Theory]
    [InlineData("Harrowgate County Sheriff Ana Ruiz said the road was closed.", "Harrowgate County")]
    [InlineData("The Dunmore County Judge Jo Kim said the storm was bad.", "Dunmore County")]
    [InlineData("Velm County Commissioner Tom Hallworth voted against the budget.", "Velm County")]
    public void ACountyBeforeAnOfficeIsAPlace(string sentence, string county)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(county, Extract.PlaceNames(facts));
        Assert.DoesNotContain(county, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACountyIsNoPortfolioOfACommissioner()
    {
        var person = Extract.Person(Extract.From("Velm County Commissioner Tom Hallworth voted against the budget."), "Tom Hallworth");
        Assert.Equal("county commissioner", person.Role);
        Assert.Equal("Velm County", person.Affiliation);
    }
}

public class DistrictNameTests
{
    [Fact]
    public void ADistrictIsNamedWithItsKind()
    {
        var place = Assert.Single(Extract.From("Heavy rain flooded roads in Dunwarra district overnight.").Places);
        Assert.Equal("Dunwarra district", place.Name);
        Assert.Contains("Dunwarra", place.Aliases);
    }

    [Fact]
    public void ADistrictOfficeNamesNoDistrict()
    {
        Assert.DoesNotContain("Dunwarra district", Extract.PlaceNames(Extract.From("Later the Dunwarra district attorney filed charges in Dunwarra.")));
    }

    [Fact]
    public void ADistrictBodyNamesNoDistrict()
    {
        Assert.DoesNotContain("Dunwarra district", Extract.PlaceNames(Extract.From("On Friday the Dunwarra district court heard the case in Dunwarra.")));
    }
}

public class FeatureNameFalseStartTests
{
    [Theory]
    [InlineData("Viewers watched the debate on CBS station WKVL last night.", "CBS station")]
    [InlineData("It was a big job. Building station platforms took a year.", "Building station")]
    public void ABroadcastersStationOrAnOrdinaryOpenerIsNoPlace(string text, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(text)));
    }

    [Fact]
    public void ANamedStationIsStillAPlace()
    {
        Assert.Contains("Harwick station", Extract.PlaceNames(Extract.From("The train left Harwick station at noon.")));
    }
}

public class NamedSiteKindTests
{
    [Theory]
    [InlineData("She was treated at the Dunwarra hospital for a week.", "Dunwarra hospital")]
    [InlineData("Rents rose in Orrabay towers this year.", "Orrabay towers")]
    [InlineData("The firm drills in the Kelmora gas field off the coast.", "Kelmora gas field")]
    public void ASiteIsNamedWithItsLowerCaseKind(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The mayor was treated in a Dunwarra hospital after the crash.", "Dunwarra hospital")]
    [InlineData("Prices rose on the Polish market this week.", "Polish market")]
    public void AHospitalOfATownOrADemonymsMarketIsNoSite(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}
