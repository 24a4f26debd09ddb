using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, head of the intensive care unit at Y": a lower-case unit after "of the" completes the office; the body
/// after it stays the affiliation. A whole body after "of the", or a unit that "of" goes on to own, does not.</summary>
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

    [Theory]
    [InlineData("Omar Sille, chief of the army, said troops were ready.", "Omar Sille", "chief")]
    [InlineData("Lina Berg, director of the unit of Velmar Police, said the case was closed.", "Lina Berg", "director")]
    public void AWholeBodyOrAnOwnedUnitLeavesTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
