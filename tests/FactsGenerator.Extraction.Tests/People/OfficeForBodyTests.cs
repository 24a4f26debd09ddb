using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"The spokesman for the party, X,": the name in commas after an office and its body is the office holder.</summary>
public class OfficeForBodyTests
{
    [Fact]
    public void AHolderAfterALowerCaseBodyIsAPersonWithTheOffice()
    {
        var facts = Extract.From("The spokesman for the ruling party, Daniel Orvik, denied the report on Monday.");
        Assert.Equal("spokesman", Extract.Person(facts, "Daniel Orvik").Role);
        Assert.DoesNotContain("Daniel Orvik", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AKindOfBodyBeforeItsNameIsSkippedToTheOffice()
    {
        var facts = Extract.From("The spokeswoman for the opposition party Velm Renewal Alliance, Maria Toller, rejected the count.");
        var person = Extract.Person(facts, "Maria Toller");
        Assert.Equal("spokeswoman", person.Role);
        Assert.Equal("Velm Renewal Alliance", person.Affiliation);
    }

    [Fact]
    public void AFieldWithoutAnArticleIsNoBody()
    {
        // "for health" is the minister's field, not a body the name could hold an office in: no office from this rule.
        var facts = Extract.From("The minister for health, Daniel Orvik, opened the ward.");
        Assert.NotEqual("minister", Extract.Person(facts, "Daniel Orvik").Role);
    }

    [Fact]
    public void ABodyNamedInCommasWithoutAnOfficeStaysABody()
    {
        var facts = Extract.From("The opposition party, Velm Renewal Alliance, rejected the count on Monday.");
        Assert.DoesNotContain("Velm Renewal Alliance", Extract.PeopleNames(facts));
    }
}
