using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Harlan Trucks", "Dorsey Chemical": a founder's name before the goods a firm makes names the firm, not a
/// person, though the name lists know the first word as a given or family name.</summary>
public class GoodsEndingCompanyTests
{
    [Theory]
    [InlineData("Workers at Harlan Trucks voted against the contract on Monday.", "Harlan Trucks")]
    [InlineData("Dorsey Chemical will pay for the clean-up of the creek.", "Dorsey Chemical")]
    [InlineData("Output at Brandt Cement fell for a third month.", "Brandt Cement")]
    public void TheFirmIsAnOrganisationAndNoPerson(string text, string firm)
    {
        var facts = Extract.From(text);
        Assert.Contains(firm, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(firm, Extract.PeopleNames(facts));
    }

    [Fact]
    public void AWordOfGoodsThatIsNoEndingLeavesAPersonAlone()
    {
        var facts = Extract.From("Ana Motor, a nurse from Velm, said the ward was full.");
        Assert.Equal("nurse", Extract.Person(facts, "Ana Motor").Role);
        Assert.DoesNotContain("Ana Motor", Extract.OrganizationNames(facts));
    }
}
