using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class IndustrialWorksSiteTests
{
    [Fact]
    public void AWorksNamedBeforeItsLowerCaseKindKeepsTheKind()
    {
        var facts = Extract.From("The carmaker will cut 800 jobs at its Velm Assembly plant in Kansas next year.");
        Assert.Contains("Velm Assembly plant", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Velm Assembly", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnUnknownFactoryNameKeepsItsKind()
    {
        var facts = Extract.From("Production stopped at the Orrvik factory after the flood, a spokesman said.");
        Assert.Contains("Orrvik factory", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AWorksNamedWithACapitalHeadIsASite()
    {
        var facts = Extract.From("Two workers died on Monday at the Kestrel Casting Plant in Orrby, police said.");
        Assert.Contains("Kestrel Casting Plant", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Kestrel Casting Plant", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnOwnersAcronymBeforeTheKindNamesNoWorks()
    {
        var facts = Extract.From("Workers at the VKM plant walked out on Friday.");
        Assert.DoesNotContain("VKM plant", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACompanysNameBeforeTheKindNamesNoWorks()
    {
        var facts = Extract.From("A fire broke out at the Tarvel Chemicals refinery overnight.");
        Assert.DoesNotContain("Tarvel Chemicals refinery", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AKnownTownBeforeTheKindStaysTheTown()
    {
        var facts = Extract.From("Output at the Leipzig plant fell by a third in May.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("Leipzig", places);
        Assert.DoesNotContain("Leipzig plant", places);
    }

    [Fact]
    public void OneOrdinaryWordBeforeACapitalHeadNamesNoWorks()
    {
        var facts = Extract.From("Molten steel fell on workers at the Velmar Iron Company (VIC) Steel Plant in Orrby.");
        Assert.DoesNotContain("Steel Plant", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Mayor Ellen Plant opened the session on Monday.", "Ellen Plant", "mayor")]
    [InlineData("Detective Inspector Ellen Plant told the court the evidence was clear.", "Ellen Plant", "detective inspector")]
    [InlineData("Councillor Jo Factory said the budget was too small.", "Jo Factory", "councillor")]
    [InlineData("Sergeant Mira Passage led the search.", "Mira Passage", "sergeant")]
    public void ATitledPersonWhoseFamilyNameIsAWorksOrStraitHeadIsNoPlace(string text, string person, string role)
    {
        var facts = Extract.From(text);
        Assert.Empty(facts.Places);
        Assert.Equal(role, Extract.Person(facts, person).Role);
    }

    [Theory]
    [InlineData("The motion was backed by Ellen Plant and two other councillors.", "Ellen Plant")]
    [InlineData("Voters in Orrabad chose Marta Plant as their new mayor.", "Marta Plant")]
    public void GivenNamesBeforeAWorksHeadNameAPerson(string text, string person)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(person, Extract.PlaceNames(facts));
        Assert.Contains(person, Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("The Tuesday factory fire killed three workers in Orrby.", "Tuesday")]
    [InlineData("The Christmas hotel bookings fell by a third in Orrby.", "Christmas")]
    [InlineData("Organisers of the Easter plant sale in Orrabad raised 900 dollars.", "Easter")]
    [InlineData("The March refinery strike ended in Orrby.", "March")]
    public void ACalendarNameBeforeTheKindNamesNoSite(string text, string when)
    {
        var places = Extract.PlaceNames(Extract.From(text));
        Assert.DoesNotContain(places, p => p.Contains(when));
    }

    [Fact]
    public void AKindThatOnlyModifiesTheNextNounNamesNoSite()
    {
        var facts = Extract.From("The Orrvik factory fire killed three workers.");
        Assert.DoesNotContain("Orrvik factory", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AKindBeforeAVerbStillNamesTheSite()
    {
        var facts = Extract.From("The Orrvik factory employs 800 people.");
        Assert.Contains("Orrvik factory", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnOwnersBodyHeadBeforeTheKindNamesNoWorks()
    {
        var facts = Extract.From("Workers at the Tarvel Holdings plant walked out on Friday.");
        Assert.DoesNotContain("Tarvel Holdings plant", Extract.PlaceNames(facts));
    }
}
