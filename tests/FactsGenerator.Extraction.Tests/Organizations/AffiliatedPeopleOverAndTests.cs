using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"X of A and Y of B": a person's full name after "and" ends the body's name before it.</summary>
public class AffiliatedPeopleOverAndTests
{
    [Theory]
    [InlineData("The team was joined by Dana Melk of NASA and Ivo Pern of the Orrex Space Agency.", "NASA", "Orrex Space Agency")]
    [InlineData("The accord was initialled by Ana Brix of Velmco and Rui Tal of Harnby Holdings.", "Velmco", "Harnby Holdings")]
    [InlineData("The crew, Dana Melk of NASA and Italian Ivo Pern of the Orrex Space Agency, boarded.", "NASA", "Orrex Space Agency")]
    [InlineData("It was signed by Ana Brix of Velmco and Dr. Rui Tal of Harnby Holdings.", "Velmco", "Harnby Holdings")]
    public void EachPersonKeepsTheirOwnBody(string text, string first, string second)
    {
        var facts = Extract.From(text);
        var names = Extract.OrganizationNames(facts);
        Assert.Contains(second, names);
        Assert.DoesNotContain(names, n => n.Contains(" and ", System.StringComparison.Ordinal));
        Assert.Equal(2, facts.People.Count);
        Assert.Equal(first, facts.People[0].Affiliation);
        Assert.Equal(second, facts.People[1].Affiliation);
    }

    [Theory]
    [InlineData("Funding came from the Bill and Melinda Gates Foundation last year.", "Bill and Melinda Gates Foundation")]
    [InlineData("He joined the Ministry of Oil and Gas in March.", "Ministry of Oil and Gas")]
    public void ANameWithoutAnAffiliatedPersonStillRunsOverAnd(string text, string body) =>
        Assert.Contains(body, Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void ADemonymBeforeAnAffiliatedPersonIsNoPartOfEitherName()
    {
        var facts = Extract.From("On Monday Italian Ivo Pern of the Orrex Space Agency said the launch would go ahead.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Ivo Pern", person.Name);
        Assert.Equal("Orrex Space Agency", person.Affiliation);
        Assert.Equal("Orrex Space Agency", Assert.Single(Extract.OrganizationNames(facts)));
    }
}
