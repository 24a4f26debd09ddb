using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"the man arrested for ...", "Ohio man X", "as the man who led": a word that only says someone is a person
/// is no role, whichever reading finds it; an office read elsewhere stays.</summary>
public class PlainPersonRoleTests
{
    [Theory]
    [InlineData("Tomas Vell, the man arrested for carrying a shotgun, was convicted on Friday.")]
    [InlineData("A judge sentenced Harlow man Tomas Vell to life in prison.")]
    public void APlainWordGivesNoRole(string text)
    {
        Assert.Null(Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void AnOfficeIsNotReplacedByAPlainWord()
    {
        var facts = Extract.From("Former mayor of Lisbon Tomas Vell rose to the top as the man who had led his city after the flood.");
        Assert.Equal("former mayor", Extract.Person(facts, "Tomas Vell").Role);
    }

    [Fact]
    public void AFirstLadyKeepsHerOffice()
    {
        Assert.Equal("first lady", Extract.Person(Extract.From("First Lady Ana Vell opened the school on Monday."), "Ana Vell").Role);
    }
}
