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
}
