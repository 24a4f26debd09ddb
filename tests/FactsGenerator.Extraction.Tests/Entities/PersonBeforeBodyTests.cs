namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A person's name used as a modifier before a body's name.</summary>
public class PersonBeforeBodyTests
{
    [Fact]
    public void APersonBeforeABodyTheDocumentNamesAloneIsTwoNames()
    {
        var facts = Extract.From("A former Ana Ruiz Harbour Board aide spoke on Monday. She said the Harbour Board had ignored the warnings.");
        Assert.Contains("Ana Ruiz", Extract.PeopleNames(facts));
        Assert.Contains("Harbour Board", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Ana Ruiz Harbour Board", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABodyNamedAfterAPersonStaysWhole()
    {
        var facts = Extract.From("The Ana Ruiz Literacy Foundation gave the school a grant on Monday.");
        Assert.Contains("Ana Ruiz Literacy Foundation", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Ana Ruiz", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APersonsPossessiveBeforeABodyIsTwoNames()
    {
        var facts = Extract.From("In 2011 she was appointed to fill Ana Ruiz's Senate seat after Ruiz resigned.");
        Assert.Contains("Ana Ruiz", Extract.PeopleNames(facts));
        Assert.Contains("Senate", Extract.OrganizationNames(facts));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), name => name.Contains("Ruiz", System.StringComparison.Ordinal));
    }
}
