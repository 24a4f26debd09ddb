using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Attributions without a verb of saying next to the quote, and the verbs the shared lexicon lacks.</summary>
public class QuoteIntroductionTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void AClauseEndingInACommaIntroducesAQuotedSentence()
    {
        var facts = Extract.From("Senator Tom Reed spoke on the evening news, \"This plan will cost the county far more than anyone admits.\"");
        Assert.Equal("Tom Reed", Quote(facts, "This plan").Speaker);
    }

    [Fact]
    public void AnAsideBetweenSubjectAndVerbIsSkipped()
    {
        var facts = Extract.From("Governor Ana Ruiz, also on the radio, defended her decision, \"As I have said before, the bridge stays closed until spring.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "As I have").Speaker);
    }

    [Fact]
    public void ACommaBeforeALowerCaseFragmentIntroducesNothing()
    {
        var facts = Extract.From("Governor Ana Ruiz visited the dam, \"a structure from another century\" in the words of the guide, on Friday.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Ana Ruiz");
    }

    [Fact]
    public void AccordingToAfterTheQuoteNamesTheSource()
    {
        var facts = Extract.From("\"The firm moves arms across the whole region every single week,\" according to a post on Monday by Secretary of State Mark Ellison.");
        Assert.Equal("Mark Ellison", Quote(facts, "The firm moves").Speaker);
    }

    [Fact]
    public void AccordingToAStatementFromABodyNamesTheBody()
    {
        var facts = Extract.From("\"We regret the long delay to the crossing,\" according to a statement from the Velm Harbour Board.");
        Assert.Equal("Velm Harbour Board", Quote(facts, "We regret").Speaker);
    }

    [Fact]
    public void AccordingToSomeoneFromABodyIsNoStatementOfTheBody()
    {
        var facts = Extract.From("\"We regret the long delay to the crossing,\" according to a man from the Velm Harbour Board.");
        Assert.Null(Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void AccordingToLaterInTheClauseNamesTheSource()
    {
        var facts = Extract.From("Ticket sales rose at a \"remarkable pace\" over the weekend, according to a Harbour Theatre spokesperson.");
        Assert.Equal("Harbour Theatre", Quote(facts, "remarkable pace").Speaker);
    }

    [Fact]
    public void AccordingToAnUnnamedSourceLeavesTheSubjectSilent()
    {
        var facts = Extract.From("Skipper Jonas Berg suffered \"two broken ribs and a cut to the head\" in the storm according to a hospital official.");
        Assert.Null(Quote(facts, "two broken ribs").Speaker);
    }

    [Fact]
    public void AVerbOfSayingKeepsItsSubjectBeforeALaterAccordingTo()
    {
        var facts = Extract.From("Mayor Ana Ruiz called the delay \"a broken promise to the valley\", according to the Daily Post.");
        Assert.Equal("Ana Ruiz", Quote(facts, "a broken promise").Speaker);
    }

    [Fact]
    public void AParticipleAfterAPronounsReportingClauseIsThePronounsPerson()
    {
        var facts = Extract.From("Coach Agnes Moreau met the players. \"The season is long,\" she said, urging the squad to stay \"patient and calm.\"");
        Assert.Equal("Agnes Moreau", Quote(facts, "patient and calm").Speaker);
    }

    [Fact]
    public void AParticipleAfterAPronounsReportingClauseWithAnObjectIsThePronounsPerson()
    {
        var facts = Extract.From("Coach Agnes Moreau met the players. \"The season is long,\" she told reporters, urging the squad to stay \"patient and calm.\"");
        Assert.Equal("Agnes Moreau", Quote(facts, "patient and calm").Speaker);
    }

    [Fact]
    public void AParticipleAfterANamedReportingClauseIsItsSubjectsAfterCountedPeople()
    {
        var facts = Extract.From("Three of the victims were children, Mayor Ana Ruiz said, calling the crash \"the worst day this valley has known.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "the worst day").Speaker);
    }

    [Fact]
    public void AParticipleAfterAReportingClauseWithAnUnnamedSubjectHasNoSpeaker()
    {
        var facts = Extract.From("Coach Agnes Moreau met the players. \"The season is long,\" a fan said, urging the squad to stay \"patient and calm for the whole winter.\"");
        Assert.Null(Quote(facts, "patient and calm").Speaker);
    }

    [Fact]
    public void CountedPeopleWithSomeNamedAreNoSpeaker()
    {
        var facts = Extract.From("Thirty retired harbour pilots, including former chief pilot Jonas Berg and Paul Meyer, signed a letter saying the new channel is \"a danger to every vessel entering the bay.\"");
        Assert.Null(Quote(facts, "a danger to every").Speaker);
    }

    [Fact]
    public void PeopleCountedInDigitsWithSomeNamedAreNoSpeaker()
    {
        var facts = Extract.From("12 night nurses, including ward sister Ana Ruiz, signed a letter saying the new rota is \"a danger to every patient on the ward.\"");
        Assert.Null(Quote(facts, "a danger to every").Speaker);
    }

    [Fact]
    public void AnOfficeBeforeTheNameInAnAttributionAfterTheQuoteIsSkipped()
    {
        var facts = Extract.From("\"The closure ignores every family that lives from the sea,\" regional director of the Harbour Trust Maria Costa said in a statement.");
        Assert.Equal("Maria Costa", Quote(facts, "The closure ignores").Speaker);
    }

    [Fact]
    public void AClauseBeforeTheNameInAnAttributionAfterTheQuoteIsNoOffice()
    {
        var facts = Extract.From("\"The closure ignores every family that lives from the sea,\" wrote the paper that Maria Costa said she trusts.");
        Assert.Null(Quote(facts, "The closure ignores").Speaker);
    }

    [Fact]
    public void AVerbAfterAnAccordingToPhraseHasItsOwnSubject()
    {
        var facts = Extract.From("According to the Daily Post, a resident said \"the water rose faster than anyone could run\".");
        Assert.Null(Quote(facts, "the water rose").Speaker);
    }

    [Fact]
    public void ASpokesmanForABodySpeaksForIt()
    {
        var facts = Extract.From("According to the Daily Post, a spokesman for the Ministry of Transport expressed regret; \"The ministry will publish a full plan for the roads.\"");
        var quote = Quote(facts, "The ministry will");
        Assert.Equal("Ministry of Transport", quote.Speaker);
        Assert.Equal(SpeakerKind.Organization, quote.SpeakerKind);
    }

    [Fact]
    public void AStatementFromAPersonsOfficeIsTheirs()
    {
        var facts = Extract.From("Secretary of State Mark Ellison spoke on Monday. According to a statement released by Ellison's office, \"removing the threat from the border\" is the aim.");
        Assert.Equal("Mark Ellison", Quote(facts, "removing the threat").Speaker);
    }

    [Fact]
    public void TheQuoteCanBeTheObjectOfTheSubjectsVerb()
    {
        var facts = Extract.From("The mayor of Lakeside, Ana Ruiz, thanked \"the crews who worked through the night to clear the roads\".");
        Assert.Equal("Ana Ruiz", Quote(facts, "the crews").Speaker);
    }

    [Fact]
    public void AQuotedTitleAfterAVerbIsNotAttributed()
    {
        var facts = Extract.From("Director Ana Ruiz presented \"The Long Night Of The River Town\" at the festival.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Ana Ruiz");
    }

    [Fact]
    public void WentOnToSayTakesTheSubjectOfTheSentence()
    {
        var facts = Extract.From("Professor Lena Ortiz spoke first. She went on to say, \"Nobody expected the river to rise so quickly this year.\"");
        Assert.Equal("Lena Ortiz", Quote(facts, "Nobody expected").Speaker);
    }

    [Fact]
    public void WhoSaidAfterAnAppositionIsThePersonNotTheBody()
    {
        var facts = Extract.From("The study was led by Mark Hollis, an ecologist at the Lakeside Institute, who said \"the reef recovers when the fish come back\".");
        Assert.Equal("Mark Hollis", Quote(facts, "the reef").Speaker);
    }

    [Fact]
    public void APassiveRelativeClauseIsNotTheSubjectsSpeech()
    {
        var facts = Extract.From("The driver, Omar Diallo, who was described as \"reckless and dangerous\" by witnesses, was arrested.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Omar Diallo");
    }

    [Fact]
    public void AnOfPhraseBetweenSpeakerAndVerbAfterTheQuote()
    {
        var facts = Extract.From("\"We feel the herd is going to heal the whole valley,\" Marta Lind of the tribal heritage office told the crowd.");
        Assert.Equal("Marta Lind", Quote(facts, "We feel").Speaker);
    }

    [Fact]
    public void QuippedIsAVerbOfSaying()
    {
        var facts = Extract.From("\"You have to work seven days to earn one weekend,\" quipped comic editor Heather Lund.");
        Assert.Equal("Heather Lund", Quote(facts, "You have to").Speaker);
    }

    [Fact]
    public void ALongNextSentenceStartsNewSpeech()
    {
        var facts = Extract.From("Workers walked out. \"We will not accept this offer from the board.\" Omar Diallo said the strike would last until the council agreed to new talks.");
        Assert.Null(Quote(facts, "We will not").Speaker);
    }

    [Fact]
    public void AShortNextSentenceAttributes()
    {
        var facts = Extract.From("Workers walked out. \"We will not accept this offer from the board!\" Omar Diallo told the crowd on Friday.");
        Assert.Equal("Omar Diallo", Quote(facts, "We will not").Speaker);
    }

    [Fact]
    public void AQuoteStandingAloneAfterASentenceAboutAPersonIsTheirs()
    {
        var facts = Extract.From("Actress Dana Cross will return next season. Unhappy with the part, she left the show after a year. \"Nobody told me the role would be so small.\"");
        Assert.Equal("Dana Cross", Quote(facts, "Nobody told me").Speaker);
    }

    [Fact]
    public void AShortOpeningPhraseBeforeTheQuoteKeepsItStandingAlone()
    {
        var facts = Extract.From("Actor Sam Lowe talked about the early years of the show. During the premiere, \"I felt like a guest at my own party.\"");
        Assert.Equal("Sam Lowe", Quote(facts, "I felt like").Speaker);
    }

    [Fact]
    public void AnUnknownNameBeforeTheQuoteIsNotAnOpeningPhrase()
    {
        var facts = Extract.From("Actor Sam Lowe talked about the early years of the show. Grell said, \"the studio never paid us for the reruns at all\".");
        Assert.NotEqual("Sam Lowe", Quote(facts, "the studio").Speaker);
    }

    [Fact]
    public void ADescriptionOfAPersonNamedBeforeIsTheSpeaker()
    {
        var facts = Extract.From("Actress Dana Cross spoke at the panel. The actress recalled her first season, when the cast was \"the forgotten child of the whole studio\".");
        Assert.Equal("Dana Cross", Quote(facts, "the forgotten").Speaker);
    }

    [Fact]
    public void ADescriptionOfABodyNamedBeforeIsTheSpeaker()
    {
        var facts = Extract.From("The Supreme Court of Veland ruled on Monday. The court said \"the law was passed for an improper purpose\".");
        Assert.Equal("Supreme Court of Veland", Quote(facts, "the law was").Speaker);
    }

    [Fact]
    public void ACountryBeforeTheTitleOfTheSourceIsPartOfTheTitle()
    {
        var facts = Extract.From("\"The firm moves arms across the whole region every single week,\" according to a post on Monday by US Secretary of State Mark Ellison.");
        Assert.Equal("Mark Ellison", Quote(facts, "The firm moves").Speaker);
    }

    [Fact]
    public void AnEnvoyNamedAfterTheirDestinationCanSpeak()
    {
        var facts = Extract.From("US Ambassador to Germany Carl Benton Hughes alleged the airline had \"caused great suffering across the whole region,\" in a letter.");
        Assert.Equal("Carl Benton Hughes", Quote(facts, "caused great").Speaker);
    }

    [Fact]
    public void TheSubjectOfARelativeClauseAfterAPrepositionCalledTheWords()
    {
        var facts = Extract.From("The plan was met with what the Lakeside Daily News called \"dismay\" among the fishermen.");
        Assert.Equal("Lakeside Daily News", Quote(facts, "dismay").Speaker);
    }

    [Fact]
    public void AndSaidAfterAnAttributedQuoteKeepsItsSpeaker()
    {
        var facts = Extract.From("The manager of Lakeside Rowing Club and chair of the Valley Sports Council, Tom Reed, called it \"a sad day\" and said \"we will not give up on the river yet.\"");
        Assert.Equal("Tom Reed", Quote(facts, "a sad day").Speaker);
        Assert.Equal("Tom Reed", Quote(facts, "we will not").Speaker);
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz spoke first. She named it \"Operation Green Bridge\" and left.", "Operation Green", "Ana Ruiz")]
    [InlineData("Governor Tom Reed, who denounced the council's plans as a \"costly folly\", left early.", "costly folly", "Tom Reed")]
    [InlineData("Senator Ana Ruiz labelled the report as \"pure fiction\" on Monday.", "pure fiction", "Ana Ruiz")]
    public void AVerbOfNamingGivesTheLabelItsSpeaker(string text, string quote, string speaker)
    {
        Assert.Equal(speaker, Quote(Extract.From(text), quote).Speaker);
    }

    [Fact]
    public void APassiveVerbOfNamingDoesNotMakeItsSubjectTheSpeaker()
    {
        var facts = Extract.From("Coach Tom Reed was named \"coach of the year\" on Monday.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Tom Reed");
    }

    [Fact]
    public void ASentenceOpeningDescriptionBeforeAndVowedIsTheSpeaker()
    {
        var facts = Extract.From("President Carl Dunmore lost the vote. The president did not concede, however, and vowed to keep fighting \"the long fight\" in the courts.");
        Assert.Equal("Carl Dunmore", Quote(facts, "the long fight").Speaker);
    }

    [Fact]
    public void APronounRefersToTheMainClausesSubjectNotARelativeClauses()
    {
        var facts = Extract.From("Carl Dunmore said he closed the port in May, which Ana Ruiz opposed. He said the port is \"safe again\" now.");
        Assert.Equal("Carl Dunmore", Quote(facts, "safe again").Speaker);
    }

    [Fact]
    public void ALongQuotationOpeningItsSentenceBeforeACommentOnItBelongsToThePersonBefore()
    {
        var facts = Extract.From("Actress Lena Ortiz left the show after one season.\n\nUnhappy with the part, she quit early. \"I never wanted to stand still on a set. I asked them for a chair at least\" to rest on between the takes of Carl Dunmore's scenes.");
        Assert.Equal("Lena Ortiz", Quote(facts, "I never wanted").Speaker);
    }

    [Fact]
    public void AQuotationOpeningASentenceWithAVerbOfSayingAfterItIsNotAComment()
    {
        var facts = Extract.From("Actress Lena Ortiz left the show after one season. \"I never wanted to stand still on a set all day\" was what the director said.");
        Assert.NotEqual("Lena Ortiz", Quote(facts, "I never wanted").Speaker);
    }
}
