using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Christian" right after a noun for a person or a title opens a person's name when the word after it is
/// no everyday word; before an everyday word it stays a body's name.</summary>
public class FaithWordGivenNameAfterRoleTests
{
    [Fact]
    public void ChristianAfterALowerCaseRoleIsAGivenName()
    {
        var facts = Extract.From("\"We expect to reach the target,\" agency spokesman Christian Orvelund said in Geneva.");
        Assert.Contains("Christian Orvelund", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ChristianBeforeAnEverydayWordIsNoPerson()
    {
        var facts = Extract.From("The charity's spokesman Christian Aid said nothing, and the group sent food.");
        Assert.DoesNotContain("Christian Aid", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ChristianWithNoRoleBeforeAnUnknownNameStaysUnread()
    {
        var facts = Extract.From("Christian Orvelund groups held a march on Sunday.");
        Assert.DoesNotContain("Christian Orvelund", Extract.PeopleNames(facts));
    }
}
