namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A company's legal form after a comma ("Inc.", "Ltd.") closes its registered name.</summary>
public class LegalFormAfterCommaTests
{
    [Fact]
    public void TheLegalFormBelongsToTheName()
    {
        var facts = Extract.From("Ana Ruiz, director of the Velmor Action Group, Inc., said the plan had failed.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Velmor Action Group, Inc.", names);
        Assert.DoesNotContain("Velmor Action Group", names);
    }

    [Fact]
    public void AWordAfterTheCommaThatIsNoLegalFormStaysOut()
    {
        var facts = Extract.From("The Velmor Action Group, Lakeside and Arden all signed the letter.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains(','));
    }
}
