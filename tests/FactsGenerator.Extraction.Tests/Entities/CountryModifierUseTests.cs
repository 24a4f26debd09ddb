namespace FactsGenerator.Extraction.Tests.Entities;

public class CountryModifierUseTests
{
    [Theory]
    [InlineData("The storm should reach the coast of the Philippines late on Monday.")]
    [InlineData("Cases were reported in parts of the Philippines first, then elsewhere.")]
    [InlineData("Officials said the Philippines announced new limits.")]
    public void ACountryBeforeAnAdverbOrAVerbIsNamedAsAPlace(string sentence)
    {
        Assert.Contains("Philippines", Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACountryOnlyQualifyingANounStaysNoPlace()
    {
        Assert.DoesNotContain("Philippines", Extract.PlaceNames(Extract.From("Aid came from the Philippines delegation and others.")));
    }
}
