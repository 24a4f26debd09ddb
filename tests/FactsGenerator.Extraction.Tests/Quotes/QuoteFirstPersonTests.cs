using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Quotations without a verb of saying beside them: first-person words, a quotation opening its sentence after a
/// sentence about one person, verbs of praise, reporting clauses closing the sentence, and unnamed speakers.
/// </summary>
public class QuoteFirstPersonTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void FirstPersonWordsInASentenceAboutAPersonAreTheirs()
    {
        var facts = Extract.From("The fair opened on Friday. Dana Reyes has restored boats since 2010, and the work \"gives my weekends a purpose.\"");
        Assert.Equal("Dana Reyes", Quote(facts, "gives my weekends").Speaker);
    }

    [Fact]
    public void FirstPersonWordsAfterAQuotedSpeakerGoOnWithThem()
    {
        var facts = Extract.From("\"We sailed through the night,\" Ivo Marsh told reporters. The boat \"was so cold that I could not feel my hands.\"");
        Assert.Equal("Ivo Marsh", Quote(facts, "was so cold").Speaker);
    }

    [Fact]
    public void AnUnknownSpeakerOfAVerbOfSayingIsNotGuessedFromTheSentenceBefore()
    {
        var facts = Extract.From("Lena Vogel praised the project on Monday. A visitor said, \"I could not find the entrance for an hour.\"");
        Assert.Null(Quote(facts, "I could not").Speaker);
    }

    [Fact]
    public void WordsNotInTheFirstPersonAreNotGivenToTheSubject()
    {
        var facts = Extract.From("The fair opened on Friday. Dana Reyes has restored boats since 2010, and the work \"gives the whole family a purpose.\"");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Dana Reyes");
    }

    [Fact]
    public void WordsQuotedAfterAVerbOfPraiseAreTheSubjects()
    {
        var facts = Extract.From("Tomas Reyn lauded the mayor's \"calm hand during the worst storm in memory\" on Monday.");
        Assert.Equal("Tomas Reyn", Quote(facts, "calm hand").Speaker);
    }

    [Fact]
    public void WordsQuotedAfterAPassiveVerbOfPraiseAreNotTheSubjects()
    {
        var facts = Extract.From("Tomas Reyn was praised for his \"calm hand during the worst storm in memory\" on Monday.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Tomas Reyn");
    }

    [Fact]
    public void ANounThatLooksLikeAVerbOfJudgingIsNoAttribution()
    {
        var facts = Extract.From("Minister Ana Ruiz reacted to the new rules on the radio: \"These limits will hurt every farmer in the valley.\"");
        Assert.Equal("Ana Ruiz", Quote(facts, "These limits").Speaker);
    }

    [Fact]
    public void AQuotationOpeningItsSentenceIsTheOnePersonNamedJustBefore()
    {
        var facts = Extract.From("The visitors lost two players to injury, leaving Mara Dunn frustrated. \"Both tackles were reckless and should have been punished.\"");
        Assert.Equal("Mara Dunn", Quote(facts, "Both tackles").Speaker);
    }

    [Fact]
    public void APersonNamedBesideABodyJustBeforeIsNotGuessedAsTheSpeaker()
    {
        var facts = Extract.From("The Harbour Police arrested Mara Dunn on Monday. \"We will not tolerate violence in this town again.\"");
        Assert.Null(Quote(facts, "We will not").Speaker);
    }

    [Fact]
    public void AnUnnamedWitnessSpeakingToAnOutletLeavesTheSpeakerUnknown()
    {
        var facts = Extract.From("A bystander explained to the Harbour Press agency what happened, stating, \"I heard a bang and then the lights went out.\"");
        Assert.Null(Quote(facts, "I heard a bang").Speaker);
    }

    [Fact]
    public void AReportingClauseClosingTheSentenceAttributesAQuotationInsideIt()
    {
        var facts = Extract.From("Prime Minister Kostas Varelis spoke on Monday. The tariff is the \"real obstacle\" to a trade deal, he added.");
        Assert.Equal("Kostas Varelis", Quote(facts, "real obstacle").Speaker);
    }

    [Fact]
    public void ABodyOwnedByAPlaceInThePersonsOfPhraseIsNotTheSpeaker()
    {
        var facts = Extract.From("Tom Holland of Norway's Coastal Fishing Agency (CFA) said, \"Boats must stay in port until the storm passes.\"");
        Assert.Equal("Tom Holland", Quote(facts, "Boats must stay").Speaker);
    }

    [Theory]
    [InlineData("Marta Olsen says her festival, \"Lanterns Over the Bay For Everyone\", began as a joke.")]
    [InlineData("The Harbour Daily reported that fans used the slogan \"Keep the Lights On Forever\".")]
    public void TheQuotedNameOfAnEventOrSloganIsNoQuotation(string text)
    {
        Assert.DoesNotContain(Extract.From(text).Quotes, q => q.Text.Contains("Lanterns") || q.Text.Contains("Lights"));
    }

    [Fact]
    public void ASentenceQuotedAfterAProgrammeIsStillSpeech()
    {
        var facts = Extract.From("Judge Ana Berg said on the Morning Bay programme \"The court will sit again next week to hear the case.\"");
        Assert.Equal("Ana Berg", Quote(facts, "The court will").Speaker);
    }
}
