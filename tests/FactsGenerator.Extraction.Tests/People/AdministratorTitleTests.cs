using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"VSA Administrator Ana Ruiz": the head of an agency called its administrator is titled so before the name,
/// as a director is; the agency before the title is the affiliation.</summary>
public class AdministratorTitleTests
{
    [Theory]
    [InlineData("VSA Administrator Mark Hollis congratulated the crew on Friday.", "Mark Hollis", "VSA")]
    [InlineData("Velm Transit Agency Administrator Dana Fell said the figures were flat.", "Dana Fell", "Velm Transit Agency")]
    public void TheAdministratorOfAnAgencyIsAPersonWithTheRole(string text, string name, string body)
    {
        var person = Extract.Person(Extract.From(text), name);
        Assert.Equal("administrator", person.Role);
        Assert.Equal(body, person.Affiliation);
    }

    [Fact]
    public void NoPersonWithoutAName()
    {
        var facts = Extract.From("The Apostolic Administrator said mass on Sunday.");
        Assert.Empty(facts.People);
    }
}
