using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, Minister for Housing and Local Government": everyday nouns naming a minister's portfolio, and fields
/// joined by "and", belong to the role; they are no body.</summary>
public class EverydayPortfolioTests
{
    [Theory]
    [InlineData("Jo Kim, Minister for Housing and Local Government, visited the site.", "minister for housing and local government")]
    [InlineData("Jo Kim, Minister of Women and Children, spoke at the event.", "minister of women and children")]
    [InlineData("Jo Kim, the Minister of Lands and Mines, toured the quarry.", "minister of lands and mines")]
    public void ThePortfolioIsPartOfTheRole(string text, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, "Jo Kim");
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
        Assert.DoesNotContain("Women", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void OnlyAfterAMinistersTitle()
    {
        // A director "of Water and Power" may lead a utility of that name: the portfolio rule stays with ministers.
        var person = Extract.Person(Extract.From("Jo Kim, director of Water and Power, said supply was back."), "Jo Kim");
        Assert.Equal("director", person.Role);
    }

    [Fact]
    public void ASingleKnownFieldIsReadAsBefore()
    {
        Assert.Equal("minister of health", Extract.Person(Extract.From("Femi Adeyemi, Minister of Health, spoke at the event."), "Femi Adeyemi").Role);
    }
}
