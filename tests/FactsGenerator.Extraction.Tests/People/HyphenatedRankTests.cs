using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Major-General Jo Kim": a compound rank written with a hyphen is one rank, and a job beside it still wins.</summary>
public class HyphenatedRankTests
{
    [Fact]
    public void TheHyphenatedRankIsOneOfficeAndNoPerson()
    {
        var facts = Extract.From("Major-General Tarin Osei inspected the border posts on Monday.");
        Assert.Equal("major-general", Extract.Person(facts, "Tarin Osei").Role);
        Assert.DoesNotContain(Extract.PeopleNames(facts), n => n.StartsWith("Major", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AJobWrittenBeforeTheRankIsTheRole()
    {
        var facts = Extract.From("Two soldiers were hurt, said army spokesman Major-General Tarin Osei.");
        Assert.Equal("army spokesman", Extract.Person(facts, "Tarin Osei").Role);
    }

    [Fact]
    public void AHyphenatedOfficeThatIsNoRankStaysBesideAJob()
    {
        var facts = Extract.From("Vice-President Tarin Osei opened the bridge on Monday.");
        Assert.Equal("vice-president", Extract.Person(facts, "Tarin Osei").Role);
    }
}
