namespace FactsGenerator.Extraction.Tests.Entities;

public class AmpersandBuildingTests
{
    [Theory]
    [InlineData("He was found at Kestrel Lodge & Tavern, a hostel near the port.", "Kestrel Lodge & Tavern")]
    [InlineData("The talks were held at the Orrin Hotel & Spa on Friday.", "Orrin Hotel & Spa")]
    public void AmpersandAfterABuildingsHeadJoinsOneMoreWordOfItsName(string sentence, string building)
    {
        var names = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains(building, names);
        Assert.DoesNotContain(building.Substring(0, building.IndexOf(" &", System.StringComparison.Ordinal)), names);
    }
}
