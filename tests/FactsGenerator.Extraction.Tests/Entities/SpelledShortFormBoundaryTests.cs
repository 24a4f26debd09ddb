using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A short form in brackets whose letters the whole run spells tells where a body's name begins and ends.</summary>
public class SpelledShortFormBoundaryTests
{
    [Fact]
    public void AShortFormAfterTheNameJoinsItAcrossIn()
    {
        var facts = Extract.From("Samples went to the Harbour Centre for Studies in Coastal Waters (HCSCW) last spring.");
        var body = Assert.Single(facts.Organizations, o => o.Name.StartsWith("Harbour Centre", System.StringComparison.Ordinal));
        Assert.Equal("Harbour Centre for Studies in Coastal Waters", body.Name);
        Assert.Contains("HCSCW", body.Aliases);
    }

    [Fact]
    public void AnOwnerBeforeTheSpelledRunStaysOutOfIt()
    {
        var facts = Extract.From("Tests ran at Velmoria Tech's Institute for Trials in Deep Oceans (ITDO), the team said.");
        Assert.Contains("Institute for Trials in Deep Oceans", facts.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void AShortFormBeforeTheBracketedNameJoinsItAcrossAnd()
    {
        var facts = Extract.From("The minister asked ORFS [Office for Roads and Ferry Safety] to report within a week.");
        Assert.Contains("Office for Roads and Ferry Safety", facts.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void AShortFormThatTheSecondNameSpellsAloneJoinsNothing()
    {
        var facts = Extract.From("She moved from the Lakeside Institute to the Arden Reef Trust (ART) in May.");
        var names = facts.Organizations.Select(o => o.Name).ToArray();
        Assert.Contains("Lakeside Institute", names);
        Assert.Contains("Arden Reef Trust", names);
    }
}

/// <summary>"and" followed by a capitalised "The" lists two names rather than joining one.</summary>
public class AndTheBoundaryTests
{
    [Fact]
    public void ACapitalisedTheAfterAndOpensASecondName()
    {
        var facts = Extract.From("The essay was printed in The Velm Herald and The Arden Post on Sunday.");
        var names = facts.Organizations.Select(o => o.Name).ToArray();
        Assert.DoesNotContain(names, n => n.Contains(" and "));
        Assert.Contains("The Arden Post", names);
    }
}

/// <summary>A name that ends in an office before a lower-case role ("Boston Mayor candidate") is the role's first half.</summary>
public class OfficeBeforeRoleTests
{
    [Theory]
    [InlineData("Boston Mayor candidate Tom Vale answered questions on Friday.", "Tom Vale")]
    [InlineData("Texas Governor candidate Ana Ruiz spoke at the fair.", "Ana Ruiz")]
    public void ANameEndingInAnOfficeIsNoBody(string text, string person)
    {
        var facts = Extract.From(text);
        Assert.Empty(facts.Organizations);
        Assert.Contains(person, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABodyBeforeARoleStaysABody()
    {
        var facts = Extract.From("Kestrel Freight spokesperson Jo Kim declined to comment.");
        Assert.Contains("Kestrel Freight", Extract.OrganizationNames(facts));
    }
}

/// <summary>A spaced ampersand after one capitalised word joins the partners of one firm's name.</summary>
public class AmpersandPartnersTests
{
    [Fact]
    public void TheFirmsWholeNameIsOneBody()
    {
        var facts = Extract.From("She polled four percent in the Brandell & Quennby Strategies survey.");
        Assert.Contains("Brandell & Quennby Strategies", Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void GivenNamesAroundAnAmpersandStayApart()
    {
        var facts = Extract.From("Our thoughts are with Maria, Tomas & Jo Kim tonight.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains('&'));
    }
}
