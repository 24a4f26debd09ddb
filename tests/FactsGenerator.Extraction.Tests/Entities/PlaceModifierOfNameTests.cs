namespace FactsGenerator.Extraction.Tests.Entities;

public class PlaceModifierOfNameTests
{
    [Theory]
    [InlineData("Critics compared the leak to the Harrow Quantalytics scandal of last year.", "Harrow")]
    [InlineData("The senator explained his vote, telling the Harrow Courant on Friday.", "Harrow")]
    public void ATownOpeningARunOfUnknownCapitalisedWordsIsNoPlaceOfItsOwn(string sentence, string town)
    {
        Assert.DoesNotContain(town, Extract.PlaceNames(Extract.From(sentence)));
    }
}
