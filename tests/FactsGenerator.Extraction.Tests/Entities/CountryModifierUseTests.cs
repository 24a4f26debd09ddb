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
    public void ACountryCodeOnlyQualifyingANounStaysNoPlace()
    {
        Assert.DoesNotContain("United States", Extract.PlaceNames(Extract.From("Aid came from the US delegation and others.")));
    }

    [Fact]
    public void ACountryNamedInFullQualifyingANounIsAPlace()
    {
        Assert.Contains("Philippines", Extract.PlaceNames(Extract.From("Aid came from the Philippines delegation and others.")));
    }

    [Theory]
    [InlineData("A Chile-based charity sent tents to the valley.")]
    [InlineData("The Chile-headquartered firm opened a plant.")]
    [InlineData("Talks in the Chile-led group stalled on Monday.")]
    [InlineData("The Chile-backed plan was signed.")]
    public void ACountryWhereAThingSitsOrWhoActsIsAPlace(string sentence)
    {
        Assert.Contains("Chile", Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACountryCodeOfMakeBeforeAHyphenStaysNoPlace()
    {
        Assert.DoesNotContain("United States", Extract.PlaceNames(Extract.From("Police drove a US-built armoured truck to the square.")));
    }

    [Fact]
    public void ACountryOfMakeNamedInFullIsAPlace()
    {
        Assert.Contains("Chile", Extract.PlaceNames(Extract.From("Police drove a Chile-built armoured truck to the square.")));
    }
}
