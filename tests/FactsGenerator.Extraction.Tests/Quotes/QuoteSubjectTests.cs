using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Subjects of the verb of saying that stand away from it: behind an affiliation phrase, or a pronoun opening the sentence.</summary>
public class QuoteSubjectTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APersonBeforeAnAffiliationWithAnArticleSpeaks()
    {
        var facts = Extract.From("Bishop Tomas Verhoef of the Northern Synod said, \"We have asked for these rules for many years now.\"");
        Assert.Equal("Tomas Verhoef", Quote(facts, "We have asked").Speaker);
    }

    [Fact]
    public void APersonBeforeAFromPhraseEndingInALowerCaseNounSpeaks()
    {
        var facts = Extract.From("Helena Marsh from the pro-reform camp said in a briefing: \"The conduct of my colleagues in the chamber was shameful.\"");
        Assert.Equal("Helena Marsh", Quote(facts, "The conduct").Speaker);
    }

    [Fact]
    public void APersonAfterALowerCaseOfficeOfAnInstitutionSpeaks()
    {
        var facts = Extract.From("Offering her thanks, chair of the council Mina Okafor wrote on her blog: \"The volunteers kept this town running all winter.\"");
        Assert.Equal("Mina Okafor", Quote(facts, "The volunteers").Speaker);
    }

    [Fact]
    public void APersonTitledByANounForAPersonInAnOfPhraseIsNotTheSpeaker()
    {
        var facts = Extract.From("Jo Kim died in the crash on Sunday. A friend of the victim Jo Kim said, \"He drove that road every single day for years.\"");
        Assert.NotEqual("Jo Kim", Quote(facts, "He drove").Speaker);
    }

    [Fact]
    public void APersonAfterTheLateInAnOfPhraseIsNotTheSpeaker()
    {
        var facts = Extract.From("Hugo Brandt died in May. At the ceremony, the widow of the late Hugo Brandt said: \"He would have loved to see this garden in bloom.\"");
        Assert.NotEqual("Hugo Brandt", Quote(facts, "He would have").Speaker);
    }

    [Fact]
    public void ItOpeningASentenceSpeaksForTheOrganisationOpeningTheOneBefore()
    {
        var facts = Extract.From("The Coastal Safety Agency closed the beaches on Monday. It also urged residents to \"stay away from the harbour until Friday.\"");
        Assert.Equal("Coastal Safety Agency", Quote(facts, "stay away").Speaker);
    }

    [Fact]
    public void ItAfterAQuotationSpeaksForTheOrganisationOpeningTheSentenceBefore()
    {
        var facts = Extract.From("Harbour Bank reported lower profits on Tuesday. \"We expect a much better year ahead of us,\" it said.");
        Assert.Equal("Harbour Bank", Quote(facts, "We expect").Speaker);
    }

    [Fact]
    public void ItBeforeAParticipleIsTheOrganisationNotThePersonItMentions()
    {
        var facts = Extract.From("Marta Kovac built the first turbine in 1990. The Harbour Institute of Technology honoured her on Monday. It also thanked Kovac for rescuing the project, adding in its newsletter \"her design changed the whole field of wind power\".");
        Assert.Equal("Harbour Institute of Technology", Quote(facts, "her design").Speaker);
    }

    [Fact]
    public void ItSpeaksForTheOrganisationNamedBeforeItInItsOwnSentence()
    {
        var facts = Extract.From("The Westland Trade Authority met on Monday. After Harbour Bank lost the case, it said, \"We are deeply disappointed by the ruling today.\"");
        Assert.Equal("Harbour Bank", Quote(facts, "We are deeply").Speaker);
    }

    [Fact]
    public void ItInARelativeClauseSpeaksForTheOrganisationOfItsSentence()
    {
        var facts = Extract.From("The Westland Trade Authority met on Monday. Harbour Bank issued a statement in which it called the ruling \"a grave injustice to our customers\".");
        Assert.Equal("Harbour Bank", Quote(facts, "a grave injustice").Speaker);
    }

    [Fact]
    public void AnItOfTheVerbToBeLeavesTheParticiplesSubjectToTheClause()
    {
        var facts = Extract.From("It was a record year, Harbour Bank said on Monday, adding \"we are proud of every single worker in the company\".");
        Assert.Equal("Harbour Bank", Quote(facts, "we are proud").Speaker);
    }

    [Fact]
    public void ItAfterASentenceAboutAPersonSpeaksForNobody()
    {
        var facts = Extract.From("Dana Reyes spoke to the board on Monday. It later urged its members to \"vote against the merger at the next meeting.\"");
        Assert.Null(Quote(facts, "vote against").Speaker);
    }

    [Fact]
    public void APersonInsideTheAffiliationPhraseIsNotTheSpeaker()
    {
        var facts = Extract.From("Pedro Alves met the press on Monday. A friend of Pedro Alves from the sailing club said, \"He never missed a single race in ten years.\"");
        Assert.NotEqual("Pedro Alves", Quote(facts, "He never missed").Speaker);
    }

    [Fact]
    public void APronounOpeningTheSentenceIsTheSubjectOfACoordinatedVerb()
    {
        var facts = Extract.From("Director Samuel Okafor arrived at the studio on Monday. He then approached a producer and said, \"I want a film about the sea this time.\"");
        Assert.Equal("Samuel Okafor", Quote(facts, "I want a film").Speaker);
    }

    [Fact]
    public void APronounOpeningTheSentenceIsTheSubjectOfAParticiple()
    {
        var facts = Extract.From("Senator Alan Pike spoke after the vote. He continued by noting that \"using the agencies to sway an election is simply wrong\".");
        Assert.Equal("Alan Pike", Quote(facts, "using the agencies").Speaker);
    }

    [Fact]
    public void APronounGoesBackToTheNameOpeningTheSentenceBeforeEvenWithoutAVerbAfterIt()
    {
        var facts = Extract.From("Marta Villanueva, the harbour commissioner thanked Tomas Brandt. She told reporters \"We could not have reopened the docks without his crews.\"");
        Assert.Equal("Marta Villanueva", Quote(facts, "We could not").Speaker);
    }

    [Fact]
    public void APossessorOpeningTheSentenceIsNotThePronounsAntecedent()
    {
        var facts = Extract.From("Owen Carver's lawyer, a former judge visited Peter Lindqvist. He told reporters \"The hearing will go ahead next month as planned.\"");
        Assert.NotEqual("Owen Carver", Quote(facts, "The hearing will").Speaker);
    }

    [Fact]
    public void TheBaseFormAddAfterToAttributes()
    {
        var facts = Extract.From("Professor Lena Hart presented the survey. She went on to add \"The exceptions to the pattern are explained by the caves.\"");
        Assert.Equal("Lena Hart", Quote(facts, "The exceptions").Speaker);
    }

    [Fact]
    public void AQuotationAfterReportedSpeechWithACommaClauseGoesOnWithItsSpeaker()
    {
        var facts = Extract.From("Heavy rain slowed the climb on the second day, Irena Kowal said, adding that the ropes froze. \"It was the hardest week of my whole life.\"");
        Assert.Equal("Irena Kowal", Quote(facts, "It was the hardest").Speaker);
    }

    [Fact]
    public void ReportedSpeechWithoutACommaClauseGivesNoSpeakerToTheNextQuotation()
    {
        var facts = Extract.From("Irena Kowal arrived on Monday. The weather turned bad on the second day and the ropes froze. \"It was the hardest week of anyone's whole life.\"");
        Assert.Null(Quote(facts, "It was the hardest").Speaker);
    }

    [Theory]
    [InlineData("opines")]
    [InlineData("reacted on the radio")]
    public void LessCommonVerbsOfSayingAttribute(string verb)
    {
        var facts = Extract.From("Columnist Harold Finch " + verb + ", \"The committee will not survive another season like this one.\"");
        Assert.Equal("Harold Finch", Quote(facts, "The committee").Speaker);
    }

    [Fact]
    public void EachParticipleOfACoordinationHasThePersonBeforeItAsSubject()
    {
        var facts = Extract.From("The vote split the chamber, with Peter Lang of Ohio calling the inquiry \"a circus\" and Maria Olsen of Iowa calling the rules \"a quiet attempt to silence every dissenting member\".");
        Assert.Equal("Peter Lang", Quote(facts, "a circus").Speaker);
        Assert.Equal("Maria Olsen", Quote(facts, "a quiet attempt").Speaker);
    }

    [Fact]
    public void ADefiniteDescriptionAfterTheQuoteStandsForTheBodyNamedBefore()
    {
        var facts = Extract.From("The Harbour Workers Union met on Monday. \"We will stay on strike until the owners sign the new contract,\" the union told reporters.");
        Assert.Equal("Harbour Workers Union", Quote(facts, "We will stay").Speaker);
    }

    [Fact]
    public void ANameInsideTheQuotationIsNotTheAntecedentOfTheDescription()
    {
        var facts = Extract.From("\"The Harbour Workers Union cannot win this strike against the owners,\" the union told reporters.");
        Assert.NotEqual("Harbour Workers Union", Quote(facts, "The Harbour").Speaker);
    }

    [Fact]
    public void InformedIsAVerbOfSaying()
    {
        var facts = Extract.From("Mayor Rosa Klein informed the council: \"The budget for the new bridge has run out.\"");
        Assert.Equal("Rosa Klein", Quote(facts, "The budget").Speaker);
    }

    [Fact]
    public void AQuotedClauseInASentenceAboutAPersonIsTheirsWithoutAVerbOfSaying()
    {
        var facts = Extract.From("Mayor Ingrid Solberg arrived at the harbour on Monday. Solberg urged residents to \"keep away from the flooded quays until the water drops\".");
        Assert.Equal("Ingrid Solberg", Quote(facts, "keep away").Speaker);
    }

    [Fact]
    public void AQuotedTitleInASentenceAboutAPersonIsNotTheirSpeech()
    {
        var facts = Extract.From("Composer Tomas Lindgren wrote songs such as \"Harbour Lights Of Home\" for the band.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Tomas Lindgren");
    }

    [Fact]
    public void AQuotedClauseInASentenceNamingAnotherPersonIsNotGivenToTheSubject()
    {
        var facts = Extract.From("Ingrid Solberg met Paul Ekdahl about the plan to \"rebuild the old quays before the winter storms\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Ingrid Solberg");
    }

    [Fact]
    public void WhatAPersonIsKnownAsIsNotTheirSpeech()
    {
        var facts = Extract.From("Judge Alma Varga spent decades on the bench, respected across the region as a \"voice of calm in every storm\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Alma Varga");
    }

    [Fact]
    public void AQuotedClauseInASentenceAboutAnOrganisationIsItsWords()
    {
        var facts = Extract.From("The Velmor Transit Authority published its plans on Monday. The Velmor Transit Authority urged commuters to \"leave the car at home during the works on the bridge\".");
        Assert.Equal("Velmor Transit Authority", Quote(facts, "leave the car").Speaker);
    }

    [Fact]
    public void WordsWithASourceGivenByAccordingToAreNotTheSubjects()
    {
        var facts = Extract.From("According to witnesses, Oskar Lindahl was steering the boat \"far too fast for the narrow channel\" that night.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Oskar Lindahl");
    }

    [Fact]
    public void APlatformInAnOpeningPhraseIsWhereTheSubjectSpoke()
    {
        var facts = Extract.From("Mayor Ingrid Solberg spoke on Monday. In a video posted to YouTube, Solberg thanked the crews and said she was \"proud of every single volunteer on the river\".");
        Assert.Equal("Ingrid Solberg", Quote(facts, "proud of every").Speaker);
    }
}
