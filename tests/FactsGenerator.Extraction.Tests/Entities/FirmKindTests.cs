namespace FactsGenerator.Extraction.Tests.Entities;

public class FirmKindTests
{
    [Theory]
    [InlineData("Chipmaker Arvelle Semiconductors said on Friday that orders had slowed.", "Arvelle Semiconductors")]
    [InlineData("Retailer Plumbridge closed forty stores last spring.", "Plumbridge")]
    [InlineData("Lender Harrowgate raised its mortgage rates again.", "Harrowgate")]
    [InlineData("Insurer Tolvane paid most of the flood claims.", "Tolvane")]
    public void AKindOfFirmOpeningTheSentenceDescribesTheFirmAfterIt(string text, string firm)
    {
        var facts = Extract.From(text);
        Assert.Contains(firm, Extract.OrganizationNames(facts));
        Assert.Empty(Extract.PeopleNames(facts));
    }

    [Fact]
    public void ALowerCaseDrugmakerOrLenderBeforeANameMakesItAFirm()
    {
        var facts = Extract.From("Shares in the drugmaker Quessel slid after the trial, and the lender Morvane cut its forecast.");
        Assert.Contains("Quessel", Extract.OrganizationNames(facts));
        Assert.Contains("Morvane", Extract.OrganizationNames(facts));
    }
}

public class TradedFirmTests
{
    [Fact]
    public void SharesOfANameThatIsADictionaryWordMakeItAFirm()
    {
        var facts = Extract.From("Shares of Ford dipped in early trading. Ford said it would sell the unit next year.");
        Assert.Contains("Ford", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Ford", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ATownsSpellingWithShareholdersOrAChiefExecutiveIsAFirm()
    {
        var facts = Extract.From("Toyota's shareholders approved the merger at a stormy meeting. Lyon's chief executive left in May.");
        Assert.Contains("Toyota", Extract.OrganizationNames(facts));
        Assert.Contains("Lyon", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Toyota", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACountryWithShareholdersStaysAPlace()
    {
        var facts = Extract.From("Norway's shareholders in the fund were not consulted about the sale.");
        Assert.Contains("Norway", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Norway", Extract.OrganizationNames(facts));
    }
}

public class NonBodyCapitalsTests
{
    [Fact]
    public void AStockIndexOrAMusicGenreIsNoBody()
    {
        var facts = Extract.From("The KOSPI closed lower on Thursday after a weak session, and an R&B duo from Accra topped the charts.");
        Assert.DoesNotContain("KOSPI", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("R&B", Extract.OrganizationNames(facts));
    }
}

public class StationNumberTests
{
    [Fact]
    public void AStationsNumberAfterRadioIsPartOfItsName()
    {
        var facts = Extract.From("The minister was interviewed on BBC Radio 3 early on Sunday, and later on BBC Radio 5 Live.");
        Assert.Contains("BBC Radio 3", Extract.OrganizationNames(facts));
        Assert.Contains("BBC Radio 5 Live", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("BBC Radio", Extract.OrganizationNames(facts));
    }
}
