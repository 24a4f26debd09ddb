namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// "Dorsey Logistics ... Dorsey said": a company named later without the word that says its trade is the same company.
/// </summary>
public class CompanyShortNameTests
{
    [Theory]
    [InlineData("Dorsey Logistics cut 300 jobs on Monday. Dorsey said demand was weak.", "Dorsey Logistics", "Dorsey")]
    [InlineData("Corvane Resources runs the smelter at Pell Bay. Corvane said the new furnace was on schedule.", "Corvane Resources", "Corvane")]
    public void ACompanyWithoutItsEndingIsTheSameCompany(string text, string name, string shortName)
    {
        var facts = Extract.From(text);
        var company = Assert.Single(facts.Organizations, o => o.Name == name);
        Assert.Contains(shortName, company.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == shortName);
    }
}
