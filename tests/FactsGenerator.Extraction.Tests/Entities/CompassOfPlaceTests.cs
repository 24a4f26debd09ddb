namespace FactsGenerator.Extraction.Tests.Entities;

public class CompassOfPlaceTests
{
    [Theory]
    [InlineData("The hikers were found in the hills south of Brelvastan late on Sunday.", "Brelvastan")]
    [InlineData("Gunmen ambushed the convoy on a road north-west of Drevlask, the army said.", "Drevlask")]
    [InlineData("The storm stalled just east of Marrowick Bay before it weakened.", "Marrowick Bay")]
    public void NameAfterALowerCaseCompassDirectionAndOfIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void DemonymAfterTheCompassDirectionNamesNoPlace()
    {
        var facts = Extract.From("The patrol stopped a mile north of French positions near the river.");
        Assert.DoesNotContain("French", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Floods hit parts of South-east Queensland on Monday.", "South-east Queensland")]
    [InlineData("Snow fell in North-west Norway overnight.", "North-west Norway")]
    [InlineData("Fighting spread across North-eastern Nigeria last week.", "North-eastern Nigeria")]
    public void AHyphenedCompassWordBeforeAKnownPlaceNamesAPartOfIt(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
    }

    [Fact]
    public void AHyphenedCompassWordBeforeANameNoGazetteerKnowsNamesNoPlacePart()
    {
        var facts = Extract.From("The South-east Harbour Trust met on Friday.");
        Assert.DoesNotContain(facts.Places, place => place.Name.StartsWith("South", System.StringComparison.Ordinal));
    }
}
