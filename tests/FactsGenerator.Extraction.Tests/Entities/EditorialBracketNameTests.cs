namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Transcripts: words an editor put in square brackets complete the name that follows them.</summary>
public class EditorialBracketNameTests
{
    private static string Interview(string answer) =>
        "Chemist talks to Wikinews\n\nIlse Varga studies salts in Velmora.\n\n((WN)) Who helped?\n\n((Ilse Varga)) " + answer
        + "\n\n((WN)) Anything else?\n\n((Ilse Varga)) No.";

    [Fact]
    public void BracketedGivenNamesJoinTheSurname()
    {
        var people = Extract.PeopleNames(Extract.From(Interview("Most of the work was done by [Tomasz Elric] Vandel: he ran the furnace.")));
        Assert.Contains("Tomasz Elric Vandel", people);
        Assert.DoesNotContain("Tomasz Elric", people);
    }

    [Fact]
    public void ASurnameThatIsAnOrdinaryWordStaysAPersonAfterABracketedGivenName()
    {
        var people = Extract.PeopleNames(Extract.From(Interview("That idea goes back to [Orrin] Chapel, long ago.")));
        Assert.Contains("Orrin Chapel", people);
    }

    [Fact]
    public void ABracketedTitleStaysOutOfTheJoinedName()
    {
        var people = Extract.PeopleNames(Extract.From(Interview("When [Prime Minister Idris] Halloran spoke, we closed the lab.")));
        Assert.Contains("Idris Halloran", people);
        Assert.DoesNotContain("Idris", people);
    }

    [Fact]
    public void ABracketedArticleMakesNoPerson()
    {
        var people = Extract.PeopleNames(Extract.From(Interview("We read [The] Almanac every week.")));
        Assert.DoesNotContain("The Almanac", people);
    }

    [Fact]
    public void ABracketedSurnameJoinsAKnownGivenName()
    {
        var people = Extract.PeopleNames(Extract.From(Interview("Then Anna [Kessler] checked every sample twice.")));
        Assert.Contains("Anna Kessler", people);
        Assert.DoesNotContain("Anna", people);
    }

    [Fact]
    public void ABracketAfterAPronounMakesNoPerson()
    {
        var people = Extract.PeopleNames(Extract.From(Interview("We [Velmora Trust] paid for the furnace.")));
        Assert.DoesNotContain("We Velmora Trust", people);
    }
}
