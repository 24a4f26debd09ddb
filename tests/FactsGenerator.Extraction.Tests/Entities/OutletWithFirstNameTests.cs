namespace FactsGenerator.Extraction.Tests.Entities;

public class OutletWithFirstNameTests
{
    [Theory]
    [InlineData("Rescuers searched the bay on Monday. Rose Ledger's tracking website shows the ferry turned north on Sunday.", "Rose Ledger")]
    [InlineData("Rescuers searched the bay on Monday. The ferry turned north on Sunday, according to Rose Ledger.", "Rose Ledger")]
    public void AReportingNameWithNoOtherPersonEvidenceIsAnOutlet(string text, string name)
    {
        var facts = Extract.From(text);
        Assert.Contains(name, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(name, Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("The ferry turned north on Sunday, according to Rose Ledger, a harbour pilot.")]
    [InlineData("The ferry turned north on Sunday, according to Rose Ledger. Ledger said the crew was safe.")]
    [InlineData("The ferry turned north on Sunday, she said in an interview with Rose Ledger.")]
    public void AReportingNameWithPersonEvidenceStaysAPerson(string text)
    {
        var facts = Extract.From(text);
        Assert.Contains("Rose Ledger", Extract.PeopleNames(facts));
    }
}
