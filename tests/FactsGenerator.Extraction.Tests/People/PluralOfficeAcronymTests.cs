using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Conservative MPs", "Labour MLAs": the plural of an office's letters counts members of a chamber; it is no
/// person's name, while the singular before a name still gives the office.</summary>
public class PluralOfficeAcronymTests
{
    [Theory]
    [InlineData("Eleven Conservative MPs are vying to succeed the leader.")]
    [InlineData("The plan was dropped after pressure from Labour MLAs on Monday.")]
    [InlineData("Green MEPs voted against the treaty.")]
    public void PluralLettersNameNoPerson(string text)
    {
        Assert.Empty(Extract.PeopleNames(Extract.From(text)));
    }

    [Fact]
    public void TheSingularStillGivesTheOffice()
    {
        var person = Extract.Person(Extract.From("Labour MP Tomas Vell said the plan would be dropped."), "Tomas Vell");
        Assert.Equal("mp", person.Role);
    }
}
