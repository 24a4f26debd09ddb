using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class ContestTownTests
{
    [Theory]
    [InlineData("She broke the mark set at the Lisbon Games twelve years ago.", "Lisbon")]
    [InlineData("He finished third in the Boston Marathon last spring.", "Boston")]
    public void ATownBeforeTheWordOfAContestIsWhereItIsHeld(string sentence, string town)
    {
        Assert.Contains(town, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameBeforeCupAloneIsTheDonorsNotATown()
    {
        Assert.DoesNotContain("Davis", Extract.PlaceNames(Extract.From("The team lost the Davis Cup final on Sunday.")));
    }
}
