namespace FactsGenerator.Extraction.Tests.Entities;

public class PlacePairTests
{
    [Theory]
    [InlineData("The company opened offices in Cairo and Tarskby this year.", "Tarskby")]
    [InlineData("The bus runs from Velmora to Jacksonville twice a day.", "Velmora")]
    [InlineData("The new road runs between Kelbrook and Madrid along the river.", "Kelbrook")]
    [InlineData("Hail battered nearby Denver and Mellsby overnight.", "Mellsby")]
    [InlineData("The storms damaged Denver and Mellsby on Monday.", "Mellsby")]
    public void ANamePairedWithAKnownPlaceInsideASentenceIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The letter went to Paris and Vossberg signed it.", "Vossberg")]
    [InlineData("Offices opened in Cairo and Dar el-Kelm this year.", "Dar")]
    [InlineData("Ships sailed in Paris or Vossberg waters.", "Vossberg")]
    [InlineData("The prize was shared by Paris and Vossberg last year.", "Vossberg")]
    [InlineData("She spoke with Denver and Vossberg about the deal.", "Vossberg")]
    [InlineData("The striker scored goals for Denver and Quellmark before he retired.", "Quellmark")]
    [InlineData("The lawyers argued against Paris and Ostrava Holdings in court.", "Ostrava Holdings")]
    public void APairOfPartiesOrCutShortGivesNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}

public class ElidedCompassPlaceTests
{
    [Fact]
    public void ACompassWordBeforeAndSharesTheNameOfTheSecondPlace()
    {
        var places = Extract.PlaceNames(Extract.From("Trade talks between North and South Korea resumed in spring."));
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
    [InlineData("Ash from the Kelowa volcano closed the airport.", "Kelowa volcano")]
    [InlineData("Divers surveyed the Tarrow reef for a week.", "Tarrow reef")]
    public void ANameBeforeANaturalFeatureIsThatFeature(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Tourists flock to the Southeast Asian archipelago in the dry season.")]
    [InlineData("Storms often batter the West African coast in the summer.")]
    [InlineData("The chain sold its stores across the Central European region last year.")]
    public void ADemonymBeforeAFeatureOrARegionNamesNoPlace(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Places);
    }
}

public class PluralPlaceKindAppositionTests
{
    [Theory]
    [InlineData("Buses now serve two outer areas, Dunwarra and Kelbrook.", "Dunwarra")]
    [InlineData("Floods hit the suburbs Orrabay and Tarskby overnight.", "Tarskby")]
    public void NamesListedAfterAPluralKindOfPlaceArePlaces(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }
}
