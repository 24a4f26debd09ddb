namespace FactsGenerator.Extraction.Tests.Entities;

public class DistrictSuffixTests
{
    [Theory]
    [InlineData("The body was found in Tarsk-gu, police said.", "Tarsk-gu", "Tarsk")]
    [InlineData("Offices in Orra-ku closed early on Friday.", "Orra-ku", "Orra")]
    public void SuffixOfADistrictOrAWardBelongsToItsName(string sentence, string district, string bare)
    {
        var facts = Extract.From(sentence);
        var place = Assert.Single(facts.Places, p => p.Name == district);
        Assert.Contains(bare, place.Aliases);
    }

    [Fact]
    public void ASyllableOfAGivenNameIsNoSuffix()
    {
        var facts = Extract.From("Kim Tae-gu said the talks went well.");
        Assert.Empty(facts.Places);
        Assert.Contains("Kim Tae-gu", Extract.PeopleNames(facts));
    }
}
