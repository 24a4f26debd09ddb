using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"a bench of Justices A and B": a capitalised plural title after a lower-case group noun and "of" lists its members.</summary>
public class GroupOfTitledTests
{
    [Fact]
    public void BothListedJusticesArePeopleWithTheOffice()
    {
        var facts = Extract.From("A bench of Justices Karen Holt and Peter Lindqvist quashed the order on Tuesday.");
        Assert.Equal("justice", Extract.Person(facts, "Karen Holt").Role);
        Assert.Equal("justice", Extract.Person(facts, "Peter Lindqvist").Role);
    }

    [Fact]
    public void APluralTitleInABodysNameStaysThere()
    {
        var facts = Extract.From("He met members of the House of Representatives Karen Holt and Peter Lindqvist.");
        Assert.NotEqual("representative", Extract.Person(facts, "Karen Holt").Role);
    }
}
