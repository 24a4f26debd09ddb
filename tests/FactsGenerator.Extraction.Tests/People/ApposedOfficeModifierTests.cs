using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>An apposed office whose modifiers are no lower-case words: "a Lisbon-based analyst", "the 800m gold
/// medallist", "chief UK economist", "a marine PhD student".</summary>
public class ApposedOfficeModifierTests
{
    [Fact]
    public void WhereSomeoneIsBasedIsNoPartOfTheOffice()
    {
        var person = Extract.Person(Extract.From("Tomas Vell, a Lisbon-based analyst at Harlow Securities, said prices would rise."), "Tomas Vell");
        Assert.Equal("analyst", person.Role);
        Assert.Equal("Harlow Securities", person.Affiliation);
    }

    [Theory]
    [InlineData("Ana Ruiz took silver, with Tomas Vell, the 800m gold medallist, taking the bronze.", "800m gold medallist")]
    [InlineData("However, Tomas Vell, chief UK economist at Harlow Securities, said prices would fall.", "chief uk economist")]
    [InlineData("\"It was a surprise,\" said Tomas Vell, a marine PhD student at Harlow College.", "marine phd student")]
    public void FiguresAndAcronymsQualifyTheOffice(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void AnAgeStaysOutOfTheOffice()
    {
        Assert.Equal("teacher", Extract.Person(Extract.From("Tomas Vell, a 34-year-old teacher, was hurt in the crash."), "Tomas Vell").Role);
    }
}
