using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class TownBeforeBasedRegionTests
{
    [Theory]
    [InlineData("Analysts said the Harlowby, Texas-based company would cut jobs.", "Harlowby")]
    [InlineData("Regulators fined a Tarskford, New Mexico-based lender on Monday.", "Tarskford")]
    public void ANameBeforeAKnownRegionGluedToBasedIsATown(string sentence, string town)
    {
        Assert.Contains(town, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameBeforeAnUnknownWordGluedToBasedIsNoTown()
    {
        Assert.DoesNotContain("Harlowby", Extract.PlaceNames(Extract.From("Analysts said the Harlowby, Vexa-based software would ship late.")));
    }
}
