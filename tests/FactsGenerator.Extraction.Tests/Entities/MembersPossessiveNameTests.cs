namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A plural possessive of people inside a body's name ("Reporters' Forum") names its members, not an owner.</summary>
public class MembersPossessiveNameTests
{
    [Fact]
    public void TheMembersPossessiveStaysInsideTheName()
    {
        var facts = Extract.From("He spoke at a dialogue organised by the Velmoria Secretariat Reporters' Forum on Monday.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Velmoria Secretariat Reporters' Forum", names);
        Assert.DoesNotContain("Velmoria Secretariat Reporters", names);
    }

    [Fact]
    public void ABodyOwningAnotherStaysTwoNames()
    {
        var facts = Extract.From("Lakeside University's Marine Institute opened a new lab.");
        Assert.DoesNotContain("Lakeside University's Marine Institute", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnOfficeHoldersPluralClosesTheOwningBody()
    {
        var facts = Extract.From("The law lets the House of Representatives' Committee on Roads see the records.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("House of Representatives", names);
        Assert.Contains("Committee on Roads", names);
    }
}
