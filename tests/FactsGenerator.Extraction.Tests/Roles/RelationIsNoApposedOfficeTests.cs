using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Amateur footballer X, the father of a young son,": "Father" is a priest's title, but the relation in the
/// apposition is no office and never outweighs the description written before the name.</summary>
public class RelationIsNoApposedOfficeTests
{
    [Theory]
    [InlineData("Amateur football player Tomas Vell, the father of a young son, was killed on his way to work.", "amateur football player")]
    [InlineData("Police said bus driver Tomas Vell, a father of three, had died.", "bus driver")]
    public void TheDescriptionBeforeTheNameStays(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void AnOfficeInTheAppositionStillOutweighsADescription()
    {
        var facts = Extract.From("The rally was led by activist Tomas Vell, a former mayor of Orrick, on Sunday.");
        Assert.Equal("former mayor", Extract.Person(facts, "Tomas Vell").Role);
    }
}
