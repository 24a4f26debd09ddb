namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An abbreviation the article defines for a title, written before a name, gives the person's role.</summary>
public class TitleAcronymTests
{
    [Fact]
    public void ADefinedTitleAbbreviationBeforeANameIsTheRoleAndTheNameSpeaks()
    {
        var facts = Extract.From("The club awards the Senior Warden (SW) title each year.\n\nSW Lena Varos said \"it took me eleven seasons\".");
        var person = Assert.Single(facts.People, p => p.Name == "Lena Varos");
        Assert.Equal("senior warden", person.Role);
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("SW"));
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Lena Varos", quote.Speaker);
    }

    [Fact]
    public void ATitleDefinedRightBeforeTheNameIsTheRole()
    {
        var facts = Extract.From("She drew with Chief Warden (CW) Tomas Brandt in the last round.");
        var person = Assert.Single(facts.People, p => p.Name == "Tomas Brandt");
        Assert.Equal("chief warden", person.Role);
    }

    [Fact]
    public void ABodyAbbreviationNotDefinedInTheArticleIsLeftAlone()
    {
        var facts = Extract.From("The agency said on Monday that staff would return. XQ Lena Varos disagreed.");
        Assert.DoesNotContain(facts.People, p => p.Role == "xq");
    }

    [Fact]
    public void ADefinitionWithALowerCaseWordSpellsTheTitleOut()
    {
        var facts = Extract.From("The bill was tabled by Member of parliament (MP) Ana Torres in March. Later, MP Ben Okafor opposed it.");
        Assert.Equal("member of parliament", Extract.Person(facts, "Ben Okafor").Role);
    }

    [Fact]
    public void AWordBeforeTheAbbreviatedTitleIsNoBody()
    {
        var facts = Extract.From("Member of Parliament (MP) Ana Torres spoke first. Fierce critic MP Ben Okafor opposed the plan.");
        var person = Extract.Person(facts, "Ben Okafor");
        Assert.Equal("member of parliament", person.Role);
        Assert.Null(person.Affiliation);
        Assert.DoesNotContain("Fierce", Extract.OrganizationNames(facts));
    }
}
