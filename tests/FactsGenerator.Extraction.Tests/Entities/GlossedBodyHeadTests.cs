namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"Establishment" and "Constabulary" head a body's name, so the name before its acronym is kept whole.</summary>
public class GlossedBodyHeadTests
{
    [Theory]
    [InlineData("The Anti-Fraud Establishment (AFE) questioned the clerk on Friday.", "Anti-Fraud Establishment")]
    [InlineData("Two units of the Velmar Armed Constabulary (VAC) guarded the bridge.", "Velmar Armed Constabulary")]
    [InlineData("The Velmor Weapons Establishment said the tests were safe.", "Velmor Weapons Establishment")]
    public void TheFullNameIsTheOrganisation(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ALowerCaseEstablishmentIsNoBody()
    {
        Assert.Empty(Extract.OrganizationNames(Extract.From("Critics said the political establishment had failed voters.")));
    }
}
