using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"justices" before a list of two names or more gives each the office of justice, as "judges" does; before
/// one name ("the number of justices X favours") it names no one.</summary>
public class JusticesBeforeListTests
{
    [Theory]
    [InlineData("The appeal went to a bench comprising justices Ravi Menon, Lina Berg and Omar Sille.", "Lina Berg")]
    [InlineData("The appeal went to a bench comprising justices Ravi Menon, Lina Berg and Omar Sille.", "Omar Sille")]
    [InlineData("The case was heard by justices Ravi Menon and Lina Berg on Monday.", "Ravi Menon")]
    public void EachListedNameIsAJustice(string text, string name)
    {
        Assert.Equal("justice", Extract.Person(Extract.From(text), name).Role);
    }

    [Theory]
    [InlineData("The justices Ravi Menon and Lina Berg appointed all sided with the state.", "Lina Berg", null)]
    [InlineData("The ruling by justices Ravi Menon and Lina Berg appointed by the governor stood.", "Lina Berg", "justice")]
    public void WhoChoseTheJusticesIsNoJustice(string text, string name, string? role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void OneNameAfterJusticesTakesNoOffice()
    {
        Assert.Null(Extract.Person(Extract.From("Critics said the number of justices Ravi Menon favours is too small."), "Ravi Menon").Role);
    }
}
