namespace FactsGenerator.Extraction.Tests.Entities;

public class AppositiveOrganizationTests
{
    [Fact]
    public void ABodysSecondNameInAnAppositionIsItsAlias()
    {
        var facts = Extract.From("The Corvane Foundation, the Northern Seed Alliance, will pay for the new wells, its director said on Monday.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Corvane Foundation");
        Assert.Contains("Northern Seed Alliance", body.Aliases);
        Assert.DoesNotContain("Northern Seed Alliance", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void BodiesListedWithCommasStayApart()
    {
        var facts = Extract.From("Greenpeace, the Harbour Trust, and the Velm Water Board signed the letter on Friday.");
        Assert.Contains("Harbour Trust", Extract.OrganizationNames(facts));
        Assert.Contains("Greenpeace", Extract.OrganizationNames(facts));
    }
}
