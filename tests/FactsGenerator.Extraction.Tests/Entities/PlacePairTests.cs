namespace FactsGenerator.Extraction.Tests.Entities;

public class PlacePairTests
{
    [Theory]
    [InlineData("Old tombs were found in Cairo and Tarskby by the team.", "Tarskby")]
    [InlineData("The convention moved from Velmora to Jacksonville last month.", "Velmora")]
    [InlineData("The new road runs between Kelbrook and Madrid along the river.", "Kelbrook")]
    public void ANamePairedWithAKnownPlaceAfterAPrepositionOfWhereIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The letter went to Paris and Vossberg signed it.", "Vossberg")]
    [InlineData("Digs went on in Cairo and Tuna el-Kelm for years.", "Tuna")]
    [InlineData("Ships sailed in Paris or Vossberg waters.", "Vossberg")]
    public void APairWithoutAPrepositionOfWhereOrCutShortGivesNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}

public class ElidedCompassPlaceTests
{
    [Fact]
    public void ACompassWordBeforeAndSharesTheNameOfTheSecondPlace()
    {
        var places = Extract.PlaceNames(Extract.From("He longed for open borders between North and South Korea again."));
        Assert.Contains("North Korea", places);
        Assert.Contains("South Korea", places);
    }

    [Fact]
    public void ACompassWordBeforeAnUnknownWholeStaysAlone()
    {
        Assert.DoesNotContain("North Velmoria", Extract.PlaceNames(Extract.From("Trade grew between North and South Velmoria last year.")));
    }
}

public class NaturalFeatureTests
{
    [Theory]
    [InlineData("The eruption of the Kelowa volcano buried the road.", "Kelowa volcano")]
    [InlineData("Divers surveyed the Tarrow reef for a week.", "Tarrow reef")]
    public void ANameBeforeANaturalFeatureIsThatFeature(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}

public class PluralPlaceKindAppositionTests
{
    [Theory]
    [InlineData("The council runs the centre and two residential areas, Dunwarra and Kelbrook.", "Dunwarra")]
    [InlineData("Floods hit the suburbs Orrabay and Tarskby overnight.", "Tarskby")]
    public void NamesListedAfterAPluralKindOfPlaceArePlaces(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
