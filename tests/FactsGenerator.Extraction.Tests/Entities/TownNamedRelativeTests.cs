namespace FactsGenerator.Extraction.Tests.Entities;

public class TownNamedRelativeTests
{
    // "Mary" and "Barry" are also towns in the gazetteer; after a noun of family they name a relative.
    [Theory]
    [InlineData("The retired sailor Tom Okafor thanked his wife Mary for her patience.", "Mary")]
    [InlineData("Ana Ruiz travelled with her son Barry to the final.", "Barry")]
    public void AFirstNameAfterANounOfFamilyIsNoPlace(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACountryAfterANounOfFamilyStaysAPlace()
    {
        Assert.Contains("Chad", Extract.PlaceNames(Extract.From("Her son Ben moved to Chad, and his brother Chad stayed home.")));
    }
}
