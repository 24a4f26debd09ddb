namespace FactsGenerator.Extraction.Tests.Entities;

public class DistrictShortNameTests
{
    [Theory]
    [InlineData("Officials confirmed six cases in Tarskavi District on Friday. A ban on gatherings was imposed in Tarskavi.", "Tarskavi")]
    [InlineData("Gunmen attacked Orrabu Village at night. Residents of Orrabu fled to the hills.", "Orrabu")]
    public void ADistrictOrVillageNamedWithoutItsHeadIsOnePlace(string text, string shortName)
    {
        var facts = Extract.From(text);
        var place = Assert.Single(facts.Places, p => p.Name.StartsWith(shortName, System.StringComparison.Ordinal));
        Assert.Contains(shortName, place.Aliases);
    }
}
