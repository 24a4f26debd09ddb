using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"parliamentarian", "crewman", "crewmember" and "kingpin" are occupations beside a name; a plain noun for a
/// person is still none.</summary>
public class NewsOccupationTests
{
    [Theory]
    [InlineData("The parliamentarian Ruth Adeyemi said the law would pass.", "Ruth Adeyemi", "parliamentarian")]
    [InlineData("The crewmember Ola Smith survived the crash.", "Ola Smith", "crewmember")]
    [InlineData("Rescuers found crewman Daniel Hart on the shore.", "Daniel Hart", "crewman")]
    [InlineData("Police arrested drug kingpin Rafael Ortega on Monday.", "Rafael Ortega", "drug kingpin")]
    public void TheNounIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void APlainNounForAPersonIsNoRole()
    {
        Assert.Null(Extract.Person(Extract.From("The man Daniel Hart survived the crash."), "Daniel Hart").Role);
    }
}
