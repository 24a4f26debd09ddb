using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

public class QuoteTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void AttributionAfterACurlyQuote()
    {
        var facts = Extract.From("\u201CWe will rebuild the school,\u201D said Mayor Ana Torres.");
        var quote = Quote(facts, "We will rebuild");
        Assert.Equal("Ana Torres", quote.Speaker);
        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
    }

    [Fact]
    public void NameThenVerbAfterAStraightQuote()
    {
        var facts = Extract.From("Rescuers searched all night. \"Nobody is left inside,\" Jonas Brandt told reporters.");
        Assert.Equal("Jonas Brandt", Quote(facts, "Nobody is left").Speaker);
    }

    [Fact]
    public void AQuoteSplitAroundItsAttributionGivesTwoQuotesOfOneSpeaker()
    {
        var facts = Extract.From("Premier Ida Strand promised help. \u201CWe stand ready\u201D tweeted Strand \u201Cto send whatever the region needs.\u201D");
        Assert.Equal("Ida Strand", Quote(facts, "We stand ready").Speaker);
        Assert.Equal("Ida Strand", Quote(facts, "to send whatever").Speaker);
    }

    [Fact]
    public void PronounSpeakerIsTheNearestPersonBefore()
    {
        var facts = Extract.From("Lena Ortiz visited the flooded street on Tuesday. \u201CIt was awful to see,\u201D she said.");
        Assert.Equal("Lena Ortiz", Quote(facts, "It was awful").Speaker);
    }

    [Fact]
    public void AnOrganisationCanBeTheSpeaker()
    {
        var facts = Extract.From("\u201CPrices will keep rising this year,\u201D the National Grain Board said.");
        var quote = Quote(facts, "Prices will keep");
        Assert.Equal("National Grain Board", quote.Speaker);
        Assert.Equal(SpeakerKind.Organization, quote.SpeakerKind);
    }

    [Fact]
    public void AnUnnamedSpeakerGetsNoSpeaker()
    {
        var facts = Extract.From("Kemal Aras praised the crews. \u201CThe water came so fast we could not run,\u201D a resident told Nordpress.");
        Assert.Null(Quote(facts, "The water came").Speaker);
    }

    [Fact]
    public void ASpeakerInsideAPrepositionalPhraseIsNotTheSubject()
    {
        var facts = Extract.From("A source within the Finance Ministry reportedly said \"the figures were hidden from the auditors\".");
        Assert.Null(Quote(facts, "the figures").Speaker);
    }

    [Fact]
    public void AttributionBeforeTheQuoteSkipsAnApposition()
    {
        var facts = Extract.From("Omar Diallo, Senegal's representative, said it was \u201Cdifficult\u201D to agree.");
        Assert.Equal("Omar Diallo", Quote(facts, "difficult").Speaker);
    }

    [Fact]
    public void ARelativeClauseBetweenSubjectAndVerbIsSkipped()
    {
        var facts = Extract.From("The Harbour Guard Corps (HGC), which includes the Coast Watch, declared that the ship was \"seized lawfully\".");
        Assert.Equal("Harbour Guard Corps", Quote(facts, "seized").Speaker);
    }

    [Fact]
    public void AParticipleOfSayingTakesTheSubjectOfTheClause()
    {
        var facts = Extract.From("Premier Ilse Varga condemned the attack, calling it \"an aggression on our people\".");
        Assert.Equal("Ilse Varga", Quote(facts, "an aggression").Speaker);
    }

    [Fact]
    public void ALongSubjectBeforeTheVerbStillNamesTheSpeaker()
    {
        var facts = Extract.From("Jennifer Dale of Amberly University and contributor to Slate wrote, \"the ruling could change the internet\".");
        Assert.Equal("Jennifer Dale", Quote(facts, "the ruling").Speaker);
    }

    [Fact]
    public void AnAbbreviatedTitleAfterTheVerb()
    {
        var facts = Extract.From("\"The strains were different,\" said Dr. Ruth Livesey.");
        Assert.Equal("Ruth Livesey", Quote(facts, "The strains").Speaker);
    }

    [Fact]
    public void ThePronounSkipsAPersonWhoseFirstNameSaysOtherwise()
    {
        var facts = Extract.From("Susan Marsh met John Keller on Monday. She described him as \"a force in science\".");
        Assert.Equal("Susan Marsh", Quote(facts, "a force").Speaker);
    }

    [Fact]
    public void ASemicolonStartsANewClause()
    {
        var facts = Extract.From("Paul Reeve called it \"interesting\"; the harbour master said \"it is a little hard to say what happened\".");
        Assert.Null(Quote(facts, "it is a little").Speaker);
    }

    [Fact]
    public void ANameInsideAnAsideIsNotTheSpeaker()
    {
        var facts = Extract.From("Steve Pearce of the University of Leeds, speaking to Radio Nord, said, \"the order applies to every copy of the post\".");
        Assert.Equal("Steve Pearce", Quote(facts, "the order").Speaker);
    }

    [Fact]
    public void QuotedAsSayingNamesThePersonQuoted()
    {
        var facts = Extract.From("The Courier quoted Tim Manners, a former official, as saying \"the agency has a role to play in every crisis\".");
        Assert.Equal("Tim Manners", Quote(facts, "the agency").Speaker);
    }

    [Fact]
    public void APossessorAfterTheVerbIsNotTheSpeaker()
    {
        var facts = Extract.From("Wrestler Jon Hubble died. \"Heartbroken and numb,\" writes Hubble's tag team partner Erick Rowe on social media.");
        Assert.Equal("Erick Rowe", Quote(facts, "Heartbroken").Speaker);
    }

    [Fact]
    public void APronounPrefersTheSubjectOverAnObjectInThePreviousSentence()
    {
        var facts = Extract.From("On Wednesday, Mike Bloomfield endorsed his former rival, Joe Bidwell. \"Last spring,\" he said, \"I ran because the city needed a change.\"");
        Assert.Equal("Mike Bloomfield", Quote(facts, "Last spring").Speaker);
        Assert.Equal("Mike Bloomfield", Quote(facts, "I ran because").Speaker);
    }

    [Fact]
    public void APronounAfterTwoClausesTakesTheLastSubject()
    {
        var facts = Extract.From("President Anna Dudek said the victims were young while Minister Jan Brodzki wrote he had ordered checks. He tweeted, \"I share the grief of every family tonight\".");
        Assert.Equal("Jan Brodzki", Quote(facts, "I share").Speaker);
    }

    [Fact]
    public void AFamilyRoleAfterTheVerb()
    {
        var facts = Extract.From("\"We will miss him every morning,\" said his father, Omar Haddad, after the ceremony.");
        Assert.Equal("Omar Haddad", Quote(facts, "We will miss").Speaker);
    }

    [Fact]
    public void ASubjectFollowedByAPlaceOrBodyPhrase()
    {
        var facts = Extract.From("Dr. Maria Lopez at Saint Clare said, \"we opened two extra wards before noon\".");
        Assert.Equal("Maria Lopez", Quote(facts, "we opened").Speaker);
    }

    [Fact]
    public void APressReleaseReadsAsItsOrganisation()
    {
        var facts = Extract.From("\"She was admired by everyone she worked with\", reads an NBX press release, \"a bold and generous colleague\".");
        Assert.Equal("NBX", Quote(facts, "She was admired").Speaker);
        Assert.Equal("NBX", Quote(facts, "a bold").Speaker);
    }

    [Fact]
    public void AccordingToNamesTheSource()
    {
        var facts = Extract.From("According to eyewitness Vinnie DeVoto, \"within seconds it all exploded\".");
        Assert.Equal("Vinnie DeVoto", Quote(facts, "within seconds").Speaker);
    }

    [Fact]
    public void ATitleWithItsPlaceAfterTheVerb()
    {
        var facts = Extract.From("\"I thank everyone who helped at the bridge\" tweeted Mayor of Oslo Maria Lopez. \"Their courage was remarkable.\"");
        Assert.Equal("Maria Lopez", Quote(facts, "I thank everyone").Speaker);
        Assert.Equal("Maria Lopez", Quote(facts, "Their courage").Speaker);
    }

    [Fact]
    public void APronounLaterInTheSentenceIsTheSentencesSubject()
    {
        var facts = Extract.From("Oleg Honchar, the prime minister, resigned on Friday. He said Zelen is \"the fairest colleague I have known\"; however, \"so that the office stays above suspicion, I stepped down\", he added.");
        Assert.Equal("Oleg Honchar", Quote(facts, "so that the office").Speaker);
    }

    [Fact]
    public void SingleQuotationMarks()
    {
        var facts = Extract.From("Jon Berg said the plan was 'a disaster for everyone involved'.");
        Assert.Equal("Jon Berg", Quote(facts, "a disaster").Speaker);
    }

    [Fact]
    public void ApostrophesAreNotSingleQuotes()
    {
        var facts = Extract.From("The farmers' union met Kiri Waititi at the growers' hall.");
        Assert.Empty(facts.Quotes);
    }

    [Fact]
    public void AQuoteContinuedInTheNextParagraphIsAQuoteAParagraph()
    {
        var facts = Extract.From("Aid chief Mara Quist said: \u201CThe first convoy arrived today.\n\n\u201CThe second will follow on Friday,\u201D she added.");
        var first = Quote(facts, "The first convoy");
        Assert.DoesNotContain("The second will follow", first.Text);
        Assert.Equal("Mara Quist", first.Speaker);
        Assert.Equal("Mara Quist", Quote(facts, "The second will follow").Speaker);
    }

    [Fact]
    public void EveryParagraphOfALongQuotationGoesOnWithItsSpeaker()
    {
        var facts = Extract.From("The Velm Rovers striker Tomas Eide was beaming after the final whistle. Eide said: \u201CWe kept believing until the very end.\n\n"
            + "\u201CThe lads ran themselves into the ground in the second half.\n\n\u201CNow we rest, and then we go again on Saturday.\u201D\n\nThe club's next match is away.");
        Assert.Equal("Tomas Eide", Quote(facts, "We kept believing").Speaker);
        Assert.Equal("Tomas Eide", Quote(facts, "The lads ran").Speaker);
        Assert.Equal("Tomas Eide", Quote(facts, "Now we rest").Speaker);
    }

    [Fact]
    public void PassiveAttributionNamesTheAgent()
    {
        var facts = Extract.From("Minister Elif Kaya spoke late. The result was described by Kaya as a \u201Chistoric mandate\u201D.");
        Assert.Equal("Elif Kaya", Quote(facts, "historic mandate").Speaker);
    }

    [Fact]
    public void AColonIntroductionTakesTheSubjectOfTheClause()
    {
        var facts = Extract.From("Governor Rui Matos rejected Silva's proposal: \u201CThe budget cannot carry it.\u201D");
        Assert.Equal("Rui Matos", Quote(facts, "The budget cannot").Speaker);
    }

    [Fact]
    public void AnAttributionOpeningTheNextSentenceCounts()
    {
        var facts = Extract.From("\u201COur house is on fire! Act now!\u201D Senator Ola Berg told the crowd on Friday.");
        Assert.Equal("Ola Berg", Quote(facts, "Our house").Speaker);
    }

    [Fact]
    public void AnOrganisationAndRoleBeforeANameDescribeThePersonWhoSpeaks()
    {
        var facts = Extract.From("\"The planet may hold water,\" said NASA astronomer Lina Osei.");
        Assert.Equal("Lina Osei", Quote(facts, "The planet").Speaker);
    }

    [Fact]
    public void AQuotationStandingAloneAfterAnAttributedOneContinuesIt()
    {
        var facts = Extract.From("\"The bridge is safe,\" said engineer Tomas Kral. \"We checked every bolt twice.\"");
        Assert.Equal("Tomas Kral", Quote(facts, "We checked").Speaker);
    }

    [Fact]
    public void ShortUnattributedQuotationsAreScareQuotesAndSkipped()
    {
        var facts = Extract.From("The so-called \"peace plan\" was published on Friday.");
        Assert.Empty(facts.Quotes);
    }

    [Fact]
    public void CoordinatedVerbKeepsTheSubject()
    {
        var facts = Extract.From("Judge Amira Saleh called the verdict \u201Cfinal\u201D and wrote \u201Cthe court has spoken clearly today\u201D.");
        Assert.True(facts.Quotes.All(q => q.Speaker == "Amira Saleh"));
        Assert.Equal(2, facts.Quotes.Count);
    }

    [Fact]
    public void AReportingNewspaperIsNotTheSpeaker()
    {
        var facts = Extract.From("Governor Ilse Marten spoke on Monday. Marten said \u2014 as reported by the Nordic Daily Courier \u2014 \u201CThe bridge will reopen in spring.\u201D");
        Assert.Equal("Ilse Marten", Quote(facts, "The bridge will").Speaker);
    }

    [Fact]
    public void AParticipleIsAttributedToThePersonRatherThanTheVenue()
    {
        var facts = Extract.From("In an interview with the Baltic Broadcasting Corporation on Monday, Minister Tomas Lindqvist defended the budget, writing, \u201CEvery school will get new books.\u201D");
        Assert.Equal("Tomas Lindqvist", Quote(facts, "Every school will").Speaker);
    }

    [Fact]
    public void AccordingToADocumentByAPersonCitesThatPerson()
    {
        var facts = Extract.From("According to a letter signed by Senator Maria Okafor, the council stopped because the mayor did \u201Cnot respect the vote of the people.\u201D");
        Assert.Equal("Maria Okafor", Quote(facts, "not respect the").Speaker);
    }

    [Fact]
    public void ARoleOwnedByANumberedUnitComesBeforeTheSpeaker()
    {
        var facts = Extract.From("Divers kept looking. \u201CWe will not stop tonight,\u201D 3rd Coastal Brigade's press office head Lars Vinter told reporters.");
        Assert.Equal("Lars Vinter", Quote(facts, "We will not stop").Speaker);
    }

    [Fact]
    public void AStatementWhichSaidIsAttributedToItsIssuer()
    {
        var facts = Extract.From("The Northern Fisheries Council (NFC) rejected the quota. They issued a statement which said, \u201CThe quota must be withdrawn.\u201D");
        var quote = Quote(facts, "The quota must");
        Assert.Equal(SpeakerKind.Organization, quote.SpeakerKind);
    }

    [Fact]
    public void AGerundPhraseBetweenSpeakerAndVerbIsSkipped()
    {
        var facts = Extract.From("Chair Olga Petrenko in announcing the result to the council said, \u201CThe vote is final.\u201D");
        Assert.Equal("Olga Petrenko", Quote(facts, "The vote is").Speaker);
    }

    [Fact]
    public void AQuotationInsideAQuotationDoesNotSplitIt()
    {
        var facts = Extract.From("Ana Ruiz criticised the decision on Monday. \"The statement shows no understanding of the facts. The \"Union\" holds no prisoners at all,\" she wrote.");
        var quote = Quote(facts, "The statement shows");
        Assert.Contains("\"Union\" holds no prisoners", quote.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker);
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("holds no", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TwoQuotationsSideBySideStayTwo()
    {
        var facts = Extract.From("Senator Ana Ruiz called the plan \"costly\" and \"unfair to every farmer in the valley\" on Monday.");
        Assert.Equal("costly", Quote(facts, "costly").Text);
        Assert.Equal("Ana Ruiz", Quote(facts, "unfair").Speaker);
    }
}
