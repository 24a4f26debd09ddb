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
        Assert.Equal("secretary of state", RoleOf("The adviser often argued with Tom Pellman who is the secretary of state.", "Tom Pellman").Role);
    }

    [Fact]
    public void APossessivePronounAfterOfIsNoFieldAndNoBody()
    {
        Assert.Equal(("friend", (string?)null), RoleOf("I first read a book by Ali Rizman who is a friend of mine.", "Ali Rizman"));
    }

    [Fact]
    public void ThenJoinedByAHyphenOpensTheOffice()
    {
        var text = "Bridget Kellan and Bill Barrow were convicted. Kellan, then-Governor Tom Vask's deputy chief of staff, resigned.";
        Assert.Equal("deputy chief of staff", RoleOf(text, "Bridget Kellan").Role);
    }

    [Fact]
    public void AnOfficeWithoutAnArticleBeforeTheNextNameOfAListIsThatNamesOffice()
    {
        var text = "Guests included Eli Beckmann of the Veldt Forum, antiwar activist Adam Kokosh, and Jim Cantor, indigenous leader Doug Feathers, and others.";
        var facts = Extract.From(text);
        Assert.Null(Extract.Person(facts, "Eli Beckmann").Role);
        Assert.Null(Extract.Person(facts, "Jim Cantor").Role);
        Assert.Equal("indigenous leader", Extract.Person(facts, "Doug Feathers").Role);
    }
}
