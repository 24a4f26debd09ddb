namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A body's name written straight before the name of someone who belongs to it.</summary>
public class BodyBeforePersonTests
{
    [Theory]
    [InlineData("\"We will appeal,\" regional director of the Velmark Rights Trust Daniel Okoro said on Friday.", "Velmark Rights Trust", "Daniel Okoro")]
    [InlineData("The plan was criticised by the head of Tarrow Union Maria Kowalczyk during the debate.", "Tarrow Union", "Maria Kowalczyk")]
    public void TheBodyEndsAtItsHeadWordAndThePersonIsNamedApart(string sentence, string body, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.Contains(person, Extract.PeopleNames(facts));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), name => name.Contains(person, System.StringComparison.Ordinal));
    }

    [Fact]
    public void TheOfficeBeforeOfIsThePersonsRoleInTheBody()
    {
        var person = Extract.Person(Extract.From("\"We will appeal,\" director of the Velmark Rights Trust Daniel Okoro said on Friday."), "Daniel Okoro");
        Assert.Equal("director", person.Role);
        Assert.Equal("Velmark Rights Trust", person.Affiliation);
    }

    [Fact]
    public void AWordAfterTheHeadThatIsNoPersonStaysInTheName()
    {
        var names = Extract.OrganizationNames(Extract.From("The Velmark Institute Annual Review was published on Monday."));
        Assert.Contains("Velmark Institute Annual Review", names);
        Assert.DoesNotContain("Velmark Institute", names);
    }

    [Fact]
    public void AnAcronymBeforeTheSurnameOfSomeoneNamedInFullIsTwoNames()
    {
        var facts = Extract.From("Senator Marta Quillan died on Monday. A colleague told VBN Quillan \"was a fighter.\"");
        var bodies = Extract.OrganizationNames(facts);
        Assert.Contains("VBN", bodies);
        Assert.DoesNotContain("VBN Quillan", bodies);
    }

    [Fact]
    public void APrefixCutOffAtItsHyphenIsNoBody()
    {
        var facts = Extract.From("Ex-Governor Tomas Vell, now chair of the Velmark Council, said he would stand again.");
        Assert.DoesNotContain("Ex-", Extract.OrganizationNames(facts));
        Assert.Contains("Velmark Council", Extract.OrganizationNames(facts));
    }
}
