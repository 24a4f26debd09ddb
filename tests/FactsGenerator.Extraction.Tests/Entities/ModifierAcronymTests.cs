namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Capitals read only before more capitalised words of an unexplained name are no body of their own.</summary>
public class ModifierAcronymTests
{
    [Fact]
    public void APersonsInitialsAreNoBody()
    {
        var facts = Extract.From("The count was overseen by returning officer RK Tamal Sen in the district hall.");
        Assert.DoesNotContain("RK", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ALicencesPrefixIsNoBody()
    {
        var facts = Extract.From("The code ships under the VLX General Public Licence, its authors said.");
        Assert.DoesNotContain("VLX", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnAcronymAlsoWrittenAloneStaysABody()
    {
        var facts = Extract.From("The VLX Open Cup drew 40 teams. VLX said it would hold the cup again next year.");
        Assert.Contains("VLX", Extract.OrganizationNames(facts));
    }
}
