namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Appositions opened by something other than a comma: a spaced dash ("X — the party's leader — said") and a
/// relative clause written without a comma ("X who is the treasurer").
/// </summary>
public class RoleAppositionOpenerTests
{
    private static (string? Role, string? Affiliation) RoleOf(string text, string name)
    {
        var person = Assert.Single(Extract.From(text).People, p => p.Name == name);
        return (person.Role, person.Affiliation);
    }

    [Theory]
    [InlineData("Ana Ruiz \u2014 the club's treasurer \u2014 said the books were clean.")]
    [InlineData("Ana Ruiz \u2013 the club's treasurer \u2013 said the books were clean.")]
    public void ASpacedDashOpensAnApposition(string text)
    {
        Assert.Equal("treasurer", RoleOf(text, "Ana Ruiz").Role);
    }

    [Fact]
    public void AHyphenInsideANameOpensNoApposition()
    {
        Assert.Null(RoleOf("Mary-Ann Bell-Smith said the books were clean.", "Mary-Ann Bell-Smith").Role);
    }

    [Fact]
    public void ARelativeClauseWithoutACommaGivesTheOffice()
    {
        Assert.Equal("secretary of state", RoleOf("The letter was signed by Tom Pellman who is the secretary of state.", "Tom Pellman").Role);
    }

    [Fact]
    public void APossessivePronounAfterOfIsNoFieldAndNoBody()
    {
        Assert.Equal(("friend", (string?)null), RoleOf("I first read a book by Ali Rizman who is a friend of mine.", "Ali Rizman"));
    }

    [Fact]
    public void ThenJoinedByAHyphenOpensTheOffice()
    {
        var text = "Lena Orbach and Paul Steyn were questioned. Orbach, then-Mayor Ada Rusk's deputy chief of staff, left the city.";
        Assert.Equal("deputy chief of staff", RoleOf(text, "Lena Orbach").Role);
    }

    [Fact]
    public void AnOfficeWithoutAnArticleBeforeTheNextNameOfAListIsThatNamesOffice()
    {
        var text = "Speakers were Rita Vance of the Harbour Trust, folk singer Tomas Reyl, and Ines Moro, union leader Kai Berend, and a choir.";
        var facts = Extract.From(text);
        Assert.Null(Extract.Person(facts, "Rita Vance").Role);
        Assert.Null(Extract.Person(facts, "Ines Moro").Role);
        Assert.Equal("union leader", Extract.Person(facts, "Kai Berend").Role);
    }
}
