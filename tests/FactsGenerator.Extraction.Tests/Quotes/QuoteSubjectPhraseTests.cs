using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Subjects of a verb of saying that something else separates from it: a phrase of time, "who", a description.</summary>
public class QuoteSubjectPhraseTests
{
    private static string? SpeakerOf(DocumentFacts facts, string startsWith) =>
        facts.Quotes.FirstOrDefault(q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal))?.Speaker;

    [Fact]
    public void ThePersonAfterABodyAndAnOccupationIsTheSource()
    {
        var facts = Extract.From("According to Harbour University political scholar Lena Dahl, \"Women hold fewer seats than ever.\"");
        Assert.Equal("Lena Dahl", SpeakerOf(facts, "Women hold fewer seats"));
    }

    [Fact]
    public void AnAsideBetweenDashesKeepsItsOwnVerb()
    {
        var facts = Extract.From("Speaker Tom Vik commented on the matter \u2014 which the Harbour Times noted as an unusual move \u2014 \"This is plainly wrong and everyone knows it.\"");
        Assert.Equal("Tom Vik", SpeakerOf(facts, "This is plainly wrong"));
    }

    [Fact]
    public void ASingleDashBeforeTheQuoteIsNoAside()
    {
        var facts = Extract.From("The Harbour Times noted the move \u2014 \"This is plainly wrong and everyone knows it.\"");
        Assert.Equal("Harbour Times", SpeakerOf(facts, "This is plainly wrong"));
    }

    [Fact]
    public void ItOpeningTheSentenceAfterAStatementIsTheStatementsMaker()
    {
        var facts = Extract.From("The Harbour Tennis Federation released a statement about the arrest. It read, \"First of all, we would like to say that we support the player.\"");
        Assert.Equal("Harbour Tennis Federation", SpeakerOf(facts, "First of all"));
    }

    [Fact]
    public void ItWithNoDocumentBeforeIsTheOrganisationTheSentenceBeforeOpensWith()
    {
        var facts = Extract.From("The Harbour Tennis Federation met on Monday. It said, \"We support the player in every way we can.\"");
        Assert.Equal("Harbour Tennis Federation", SpeakerOf(facts, "We support the player"));
    }

    [Fact]
    public void ItSaidAfterTheQuotationIsTheMakerOfTheStatementNamedBefore()
    {
        var facts = Extract.From("Ana Ruiz released a statement on Monday. \"We back the player in every way we can,\" it said.");
        Assert.Equal("Ana Ruiz", SpeakerOf(facts, "We back the player"));
    }

    [Fact]
    public void ItWithNeitherADocumentNorAnOrganisationBeforeHasNoSpeaker()
    {
        var facts = Extract.From("The players met on Monday. It said, \"We support the player in every way we can.\"");
        Assert.Null(Assert.Single(facts.Quotes, q => q.Text.StartsWith("We support the player", System.StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void APhraseOfTimeBetweenSubjectAndVerbIsSkipped()
    {
        var facts = Extract.From("Governor Tom Baxter on Tuesday said \"We will not sign this budget in its current form.\"");
        Assert.Equal("Tom Baxter", SpeakerOf(facts, "We will not sign"));
    }

    [Fact]
    public void ALongerPhraseOfTimeIsSkipped()
    {
        var facts = Extract.From("Senator Maria Lozano earlier this week told reporters the plan was \"dead on arrival\" in the state.");
        Assert.Equal("Maria Lozano", SpeakerOf(facts, "dead on arrival"));
    }

    [Fact]
    public void ANameThatIsATimeWordIsNoPhraseOfTime()
    {
        var facts = Extract.From("Singer Ella Day spoke to the Harbour Times. In an interview with the Harbour Times, Day said, \"I never wanted to leave the stage at all.\"");
        // ("Day" is the singer, not a phrase of time to skip on the way to the outlet.)
        Assert.NotEqual("Harbour Times", SpeakerOf(facts, "I never wanted"));
    }

    [Fact]
    public void WhoRightAfterAPersonHasThatPersonAsSubject()
    {
        var facts = Extract.From("The budget was drafted by Senator Ann Kowalczyk who said on the floor, \"It follows years of work from many people in this chamber.\"");
        Assert.Equal("Ann Kowalczyk", SpeakerOf(facts, "It follows years"));
    }

    [Fact]
    public void ADescribedSubjectOfAParticipleOfSayingIsThePersonDescribed()
    {
        var facts = Extract.From("Governor Tom Baxter met the crews. The governor tweeted his thanks saying, \"Today we owe these crews everything we have in this state.\"");
        Assert.Equal("Tom Baxter", SpeakerOf(facts, "Today we owe"));
    }

    [Fact]
    public void ACapitalisedOfficeAfterTheIsThePersonHoldingIt()
    {
        var facts = Extract.From("Prime Minister Jan Novak visited the flooded towns. The Prime Minister apologised to the people for \"having failed them so badly\".");
        Assert.Equal("Jan Novak", SpeakerOf(facts, "having failed"));
    }

    [Fact]
    public void AnOfficeIsNotAQualifiedOfficeOfTheSameName()
    {
        var facts = Extract.From("Vice President Ana Ruiz toured the dam. The President said the floods were \"the worst in a century\" for the region.");
        Assert.Null(SpeakerOf(facts, "the worst in a century"));
    }

    [Fact]
    public void TheMinistryIsAMinistryNamedBeforeNotTheLastBody()
    {
        var facts = Extract.From("The Ministry of Transport opened an inquiry. The Supreme Court of Narnia heard a case. The ministry said the roads would remain \"closed until further notice\" for all traffic.");
        Assert.Equal("Ministry of Transport", SpeakerOf(facts, "closed until"));
    }

    [Fact]
    public void APronounSkipsAPersonOfTheOtherGenderNamedBySurname()
    {
        var facts = Extract.From("Oceanographer Walter Varga died on Friday. Director Margo Lind said \"Varga was a giant of the field.\" "
            + "She described him as \"a guiding light for every student\".");
        Assert.Equal("Margo Lind", SpeakerOf(facts, "a guiding light"));
    }

    [Fact]
    public void APronounDoesNotStandForAPersonNamedInsideAQuotation()
    {
        var facts = Extract.From("Oceanographer Walter Varga died on Friday. Director Tomas Lind said \"Varga was a giant of the field.\" "
            + "He described him as \"a guiding light for every student\".");
        Assert.Equal("Tomas Lind", SpeakerOf(facts, "a guiding light"));
    }

    [Fact]
    public void ABodyBeforeACapitalisedTitleIsNotTheSpeakerButThePersonAfterIt()
    {
        var facts = Extract.From("The ferry sank near the Harbour Police Department pier. \"This is the worst night this coast has seen,\" said Harbour Police Department Chief Tomas Varga.");
        Assert.Equal("Tomas Varga", SpeakerOf(facts, "This is the worst night"));
    }

    [Fact]
    public void AVerbOfSayingBeforeAClauseWithANamedSubjectIsNotTheQuotationsAttribution()
    {
        var facts = Extract.From("When Mayor Lena Vogel wrote about the vote online, the Harbour Post placed a notice \"under review for accuracy\" on the post.");
        Assert.NotEqual("Lena Vogel", SpeakerOf(facts, "under review"));
    }

    [Fact]
    public void AVerbOfSayingBeforeAClauseWithAPronounSubjectStillAttributes()
    {
        var facts = Extract.From("Mayor Lena Vogel said that if the vote passed, she would call it \"a victory for every tenant in the city\".");
        Assert.Equal("Lena Vogel", SpeakerOf(facts, "a victory for"));
    }

    [Fact]
    public void AParticipleOfSayingAfterAnArticleIsANoun()
    {
        var facts = Extract.From("Mayor Lena Vogel found a warning \"under review for accuracy\" on her post.");
        Assert.Null(SpeakerOf(facts, "under review"));
    }
    [Fact]
    public void AnAuxiliaryBeforeAnAsideIsSkippedOnTheWayToTheSubject()
    {
        var facts = Extract.From("The Harbour Workers Union has, in a statement, called on members to \"stay away from the docks until the talks end.\"");
        Assert.Equal("Harbour Workers Union", SpeakerOf(facts, "stay away from"));
    }
    [Fact]
    public void ANameOpeningWithTheIsTheSourceAfterAccordingTo()
    {
        var facts = Extract.From("The Harbour Herald covered the storm. The ferry turned back in \"very rough seas\" according to The Harbour Herald.");
        Assert.Equal("The Harbour Herald", SpeakerOf(facts, "very rough seas"));
    }
    [Fact]
    public void ABodysUnnamedSpokespersonAfterTheQuotationSpeaksForTheBody()
    {
        var facts = Extract.From("\"Our rules forbid any political activity of any kind,\" an Acme Corporation spokesperson said.");
        Assert.Equal("Acme Corporation", SpeakerOf(facts, "Our rules forbid"));
    }
    [Fact]
    public void AParticipleOfSayingInASentenceOpeningWithHeIsHisNotThePersonHeSpokeOf()
    {
        var facts = Extract.From("Senator Ivo Marsh backed away from reports that Mayor Tom Baxter hid during the riots. "
            + "He leveled criticism at Governor Lena Vogel, saying she was not \"fit to lead\" the state.");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "fit to lead"));
    }
    [Fact]
    public void HeAfterTwoJoinedClausesIsTheNearerClausesSubject()
    {
        var facts = Extract.From("President Ivo Marsh said the storm was \"a tragedy\" while Interior Minister Tom Baxter wrote he had ordered checks. "
            + "He tweeted, \"I want to thank every rescuer who worked through the night.\"");
        Assert.Equal("Tom Baxter", SpeakerOf(facts, "I want to thank"));
    }
}
