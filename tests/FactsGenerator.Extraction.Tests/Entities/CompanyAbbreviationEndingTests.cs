namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Velmor & Tarsk Co. shares fell": "Co." closing a name is the firm's "Company", named once or more.</summary>
public class CompanyAbbreviationEndingTests
{
    [Theory]
    [InlineData("Velmor & Tarsk Co. shares were down 3 percent in mid-day trading on Tuesday.", "Velmor & Tarsk Co.")]
    [InlineData("Orra Motor Co. said on Monday that its profit fell by a fifth.", "Orra Motor Co.")]
    [InlineData("Orra Motor Co said on Monday that its profit fell by a fifth.", "Orra Motor Co")]
    public void ANameEndingInCoIsAFirm(string text, string firm)
    {
        var facts = Extract.From(text);
        Assert.Contains(facts.Organizations, o => o.Name == firm);
        Assert.Empty(facts.People);
    }

    [Fact]
    public void CoOpeningAnIrishCountyIsNoFirm()
    {
        var facts = Extract.From("The farmer, of Ballyglen, Co Donegal, appeared in court on Monday.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Donegal"));
        Assert.Contains(facts.Places, p => p.Name == "County Donegal");
    }

    [Fact]
    public void CoAfterAnIrishPlaceIsItsCounty()
    {
        // ("Sligo Co" is "Co Sligo" written the other way round: a county, not a firm.)
        var facts = Extract.From("Roads in Donegal and Sligo Co were closed. Heavy rain hit Kerry Co on Monday.");
        Assert.Empty(facts.Organizations);
        Assert.Empty(facts.People);
        Assert.Contains(facts.Places, p => p.Name == "County Sligo");
        Assert.Contains(facts.Places, p => p.Name == "County Kerry");
    }
}
