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

    [Fact]
    public void ATownOpeningAnEventWithItsYearStaysAPlace()
    {
        var facts = Extract.From("Harrow Fanmeet 2019 drew large crowds over the weekend.");
        Assert.Contains("Harrow", Extract.PlaceNames(facts));
    }
}
