namespace FactsGenerator.Extraction.Tests.Entities;

public class LeadingPlaceKindTests
{
    [Theory]
    [InlineData("Climbers reached Mount Kowal after dark.", "Mount Kowal")]
    [InlineData("Two boats sank on Lake Tarsk last week.", "Lake Tarsk")]
    [InlineData("Troops left Fort Velm at dawn.", "Fort Velm")]
    [InlineData("Ferries sail to Cape Orra twice a day.", "Cape Orra")]
    [InlineData("The talks were held at Camp Orra in the hills.", "Camp Orra")]
    public void AKindOfPlaceBeforeTheNameMakesAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("She teaches at Mount Kowal University in the north.", "Mount Kowal University")]
    [InlineData("Leaders of the Fort Velm Indian Community joined the suit.", "Fort Velm Indian Community")]
    [InlineData("Both sides signed the Camp Orra Accords after long talks.", "Camp Orra Accords")]
    [InlineData("The town hosted the Lake Tarsk Games last winter.", "Lake Tarsk Games")]
    public void ABodyOrAPeopleNamedAfterThePlaceIsNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }
}
