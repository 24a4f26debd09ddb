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
}
