namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Velmor & Tarsk Co. shares fell": "Co." closing a name is the firm's "Company", named once or more.</summary>
public class CompanyAbbreviationEndingTests
{
    [Theory]
    [InlineData("Velmor & Tarsk Co. shares were down 3 percent in mid-day trading on Tuesday.", "Velmor & Tarsk Co.")]
    [InlineData("Orra Motor Co. said on Monday that its profit fell by a fifth.", "Orra Motor Co.")]
    public void ANameEndingInCoIsAFirm(string text, string firm)
    {
        var facts = Extract.From(text);
        Assert.Contains(facts.Organizations, o => o.Name == firm);
        Assert.DoesNotContain(facts.People, p => p.Name.StartsWith(firm.Substring(0, 6), System.StringComparison.Ordinal));
    }

    [Fact]
    public void CoOpeningAnIrishCountyIsNoFirm()
    {
        var facts = Extract.From("The farmer, of Ballyglen, Co Donegal, appeared in court on Monday.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Donegal"));
    }
}
