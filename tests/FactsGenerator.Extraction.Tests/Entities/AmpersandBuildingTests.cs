namespace FactsGenerator.Extraction.Tests.Entities;

public class AmpersandBuildingTests
{
    [Theory]
    [InlineData("The wedding party stayed at Kestrel Lodge & Tavern over the long weekend.", "Kestrel Lodge & Tavern")]
    [InlineData("The talks were held at the Orrin Hotel & Spa on Friday.", "Orrin Hotel & Spa")]
    public void AmpersandAfterABuildingsHeadJoinsOneMoreWordOfItsName(string sentence, string building)
    {
        var names = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains(building, names);
        Assert.DoesNotContain(building.Substring(0, building.IndexOf(" &", System.StringComparison.Ordinal)), names);
    }
}
