namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// "Orvane Stores Inc ... Orvane shares": a company's full legal name and the name it goes by, without the legal
/// ending or by its first word alone, are one company.
/// </summary>
public class CompanyLegalEndingTests
{
    [Fact]
    public void TheFirstWordOfACompanyWithALegalEndingIsItsShortName()
    {
        var facts = Extract.From("A court ordered Orvane Stores Inc to pay $188 million to workers on Tuesday. Orvane's earnings rose in the quarter, "
            + "and Orvane shares were up 1 percent. An Orvane spokeswoman said the company would appeal.");
        var company = Assert.Single(facts.Organizations, o => o.Name == "Orvane Stores Inc");
        Assert.Contains("Orvane", company.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Orvane");
    }

    [Fact]
    public void TheNameWithoutTheLegalEndingIsTheCompany()
    {
        var facts = Extract.From("Kestrel Pharma posted higher profit. Kestrel Pharma Ltd said sales rose 4 percent.");
        var company = Assert.Single(facts.Organizations, o => o.Name == "Kestrel Pharma Ltd");
        Assert.Contains("Kestrel Pharma", company.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Kestrel Pharma");
    }

    [Fact]
    public void ACompanyNamedWithACountryIsABranchNotTheFirm()
    {
        var facts = Extract.From("A court ordered Halden Ireland Ltd to pay $18 million on Tuesday. Halden's earnings rose in the quarter, "
            + "and Halden shares were up 1 percent. A Halden spokeswoman said the company would appeal.");
        var branch = Assert.Single(facts.Organizations, o => o.Name == "Halden Ireland Ltd");
        Assert.DoesNotContain("Halden", branch.Aliases);
        Assert.Contains(facts.Organizations, o => o.Name == "Halden");
    }
}
