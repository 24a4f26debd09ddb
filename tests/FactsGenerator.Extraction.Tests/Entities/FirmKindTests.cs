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
