using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Mission Director X", "Deputy Project Manager X": everyday words capitalised before an office say which
/// office it is; they are no body, so they stay in the role and give no affiliation.</summary>
public class OfficeQualifierTests
{
    [Theory]
    [InlineData("Mission Director Tomas Vell said the launch went well.", "mission director")]
    [InlineData("The launch went well, Deputy Project Manager Tomas Vell said.", "deputy project manager")]
    [InlineData("Senior Policy Adviser Tomas Vell said the plan would change.", "senior policy adviser")]
    public void EverydayCapitalsStayInTheOffice(string text, string role)
    {
        var facts = Extract.From(text);
        var person = Extract.Person(facts, "Tomas Vell");
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Fact]
    public void CompanyOfficesKeepTheCompany()
    {
        // An everyday word before a chief executive's title is a firm's name.
        var person = Extract.Person(Extract.From("Harvest CEO Tomas Vell said the launch went well."), "Tomas Vell");
        Assert.Equal("ceo", person.Role);
        Assert.Equal("Harvest", person.Affiliation);
    }

    [Fact]
    public void PlacesStayTheAffiliation()
    {
        var person = Extract.Person(Extract.From("United States Representative Tomas Vell said the bill would pass."), "Tomas Vell");
        Assert.Equal("representative", person.Role);
        Assert.Equal("United States", person.Affiliation);
    }
}
