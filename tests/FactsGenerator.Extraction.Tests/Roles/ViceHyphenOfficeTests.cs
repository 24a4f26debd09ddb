using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"X, former vice-governor of Y,", "X, the vice-chairman of the company,": a lower-case office written with a
/// glued "vice-" in an apposition is the role, as the spaced "vice president" is; "vice-" before no office is none.</summary>
public class ViceHyphenOfficeTests
{
    [Theory]
    [InlineData("A court sentenced Tomas Vell, former vice-governor of Orra province, to ten years in prison.", "former vice-governor")]
    [InlineData("Tomas Vell, the vice-chairman of the company, said sales fell by a third.", "vice-chairman")]
    [InlineData("Tomas Vell, the vice-captain of the side, scored twice on Sunday.", "vice-captain")]
    public void TheHyphenatedOfficeIsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void ThePlaceAfterOfStaysTheAffiliation()
    {
        var facts = Extract.From("A court sentenced Tomas Vell, former vice-governor of Orra province, to ten years in prison.");
        Assert.Equal("Orra province", Extract.Person(facts, "Tomas Vell").Affiliation);
    }

    [Theory]
    [InlineData("The champion held the lead in a vice-like grip all day, Tomas Vell said.")]
    [InlineData("Cats chase mice and vice-versa, Tomas Vell said on Monday.")]
    public void ViceBeforeNoOfficeGivesNone(string text)
    {
        Assert.Null(Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }
}
