using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"senior Velm Front commander X": a rank word before the body owning the office stays in the role, and the body
/// is the affiliation; another word there ("veteran") is read as before.</summary>
public class RankBeforeBodyTests
{
    [Fact]
    public void TheRankStaysInTheRole()
    {
        var person = Extract.Person(Extract.From("The envoy said he had spoken to senior Orrivan commander Tomas Vell on Monday."), "Tomas Vell");
        Assert.Equal("senior commander", person.Role);
    }

    [Fact]
    public void ANonRankWordIsNoPartOfIt()
    {
        var person = Extract.Person(Extract.From("The envoy said he had spoken to veteran Orrivan commander Tomas Vell on Monday."), "Tomas Vell");
        Assert.Equal("commander", person.Role);
    }
}
