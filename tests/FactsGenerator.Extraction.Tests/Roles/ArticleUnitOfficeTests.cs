using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, head of the intensive care unit at Y": a lower-case unit after "of the" completes the office; the body
/// after it, or after a further "of", stays the affiliation. A whole body after "of the" does not complete the office.</summary>
public class ArticleUnitOfficeTests
{
    [Theory]
    [InlineData("Dr Tomas Vell, head of the intensive care unit at Velmar General Hospital, said the ward was full.", "head of the intensive care unit")]
    [InlineData("Tomas Vell, director of the cancer research laboratory at Velmar General Hospital, said the trial had ended.", "director of the cancer research laboratory")]
    public void TheUnitStaysInTheRole(string text, string role)
    {
        var person = Extract.Person(Extract.From(text), "Tomas Vell");
        Assert.Equal(role, person.Role);
        Assert.Equal("Velmar General Hospital", person.Affiliation);
    }

    [Fact]
    public void AUnitClosedByACommaIsTheRole()
    {
        var facts = Extract.From("Nina Holt, secretary of the municipal committee, said the vote was fair.");
        Assert.Equal("secretary of the municipal committee", Extract.Person(facts, "Nina Holt").Role);
    }

    [Fact]
    public void ABodyAfterAFurtherOfOwnsTheUnit()
    {
        var person = Extract.Person(Extract.From("Lina Berg, former secretary of the municipal committee of the Velmar Labour Party, was sentenced on Monday."), "Lina Berg");
        Assert.Equal("former secretary of the municipal committee", person.Role);
        Assert.Equal("Velmar Labour Party", person.Affiliation);
    }

    [Theory]
    [InlineData("Omar Sille, chief of the army, said troops were ready.", "Omar Sille", "chief")]
    [InlineData("Lina Berg, director of the department of health, said the case was closed.", "Lina Berg", "director")]
    public void AWholeBodyOrALowerCaseOwnerLeavesTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
