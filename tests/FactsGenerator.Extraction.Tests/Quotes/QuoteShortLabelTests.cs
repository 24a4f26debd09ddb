using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Short quoted labels a named speaker gives, and documents that carry someone else's words.</summary>
public class QuoteShortLabelTests
{
    private static QuoteFact Quote(DocumentFacts facts, string text) => Assert.Single(facts.Quotes, q => q.Text == text);

    [Fact]
    public void AWordOrTwoQuotedInAFullSentenceGoToItsNamedSubject()
    {
        var facts = Extract.From("Dana Whitlock has restored old boats for twenty years, her \"calling\" since childhood.");
        Assert.Equal("Dana Whitlock", Quote(facts, "calling").Speaker);
    }

    [Fact]
    public void AWordOrTwoQuotedInARelativeClauseDescribingTheSubjectAreItsWords()
    {
        var facts = Extract.From("The Harbour Rowing Federation, which promised a \"fresh start\" last year, has lost its sponsor.");
        Assert.Equal("Harbour Rowing Federation", Quote(facts, "fresh start").Speaker);
    }

    [Fact]
    public void AWordOrTwoQuotedInAClauseOpenedByASubordinatorAreNotTheSubjects()
    {
        var facts = Extract.From("Dana Whitlock left the club early because the meetings were \"endless\".");
        Assert.DoesNotContain(facts.Quotes, q => q.Text == "endless" && q.Speaker == "Dana Whitlock");
    }

    [Fact]
    public void AQuotationBeforeAVerbOfSayingJoinedByAndIsTheSubjects()
    {
        var facts = Extract.From("The Harbour Rowing Federation offered its \"warmest thanks\" and said the volunteers had shown \"great courage in the storm\".");
        Assert.Equal("Harbour Rowing Federation", Quote(facts, "warmest thanks").Speaker);
        Assert.Equal("Harbour Rowing Federation", Quote(facts, "great courage in the storm").Speaker);
    }

    [Fact]
    public void AWordOrTwoQuotedBeforeANounAreAScareQuote()
    {
        var facts = Extract.From("Dana Whitlock bought a \"smart\" fridge last year.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text == "smart" && q.Speaker == "Dana Whitlock");
    }

    [Fact]
    public void AWordOrTwoQuotedAfterAPrepositionAreAScareQuote()
    {
        var facts = Extract.From("Dana Whitlock lives in a \"tiny house\" on the coast.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text == "tiny house" && q.Speaker == "Dana Whitlock");
    }

    [Fact]
    public void AWordOrTwoQuotedBeforeACapitalisedWordAreAModifier()
    {
        var facts = Extract.From("Dana Whitlock has voted against a \"fast track\" Harbour Bill in every session.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text == "fast track" && q.Speaker == "Dana Whitlock");
    }

    [Fact]
    public void AWordOrTwoQuotedInACaptionAreNobodysWords()
    {
        var facts = Extract.From("The regatta opened on Friday.\n\nDana Whitlock with her boat \"Night Owl II\" and \"sea ghost\"");
        Assert.DoesNotContain(facts.Quotes, q => q.Text == "sea ghost" && q.Speaker == "Dana Whitlock");
    }

    [Fact]
    public void ALabelJoinedByAndToAnAttributedOneSharesItsSpeaker()
    {
        var facts = Extract.From("Trade official Dana Whitlock criticised the vote, which Whitlock has referred to as \"theatre\" and a \"stunt\".");
        Assert.Equal("Dana Whitlock", Quote(facts, "theatre").Speaker);
        Assert.Equal("Dana Whitlock", Quote(facts, "stunt").Speaker);
    }

    [Fact]
    public void APersonBeforeAParticiplePhraseCallsTheTreatyNames()
    {
        var facts = Extract.From("On Tuesday, prime minister Marco Benedetti speaking to a policy forum called the treaty \"null and void\" and \"legally absurd\".");
        Assert.Equal("Marco Benedetti", Quote(facts, "null and void").Speaker);
        Assert.Equal("Marco Benedetti", Quote(facts, "legally absurd").Speaker);
    }

    [Fact]
    public void NamesJoinedByAndWithoutASpeakerStayDropped()
    {
        var facts = Extract.From("The festival, known as \"Summer Lights\" and \"Lights Fest\", opened on Friday in the harbour district.");
        Assert.Empty(facts.Quotes);
    }

    [Fact]
    public void AStatementFromADescribedPersonBeforeAColonIsTheirs()
    {
        var facts = Extract.From("Princess Ingrid Stenmark withdrew after a warning from her brother, King Harald Stenmark. "
            + "The palace released a short statement from the king: \"The family will not take part in this election, and the decision is final.\"");
        Assert.Equal("Harald Stenmark", Quote(facts, "The family will not take part in this election, and the decision is final.").Speaker);
    }

    [Fact]
    public void AMessageFromANamedPersonBeforeAParticipleIsTheirs()
    {
        var facts = Extract.From("The city hall released a message from Mayor Tom Reyes saying \"the bridge will reopen before the winter comes\".");
        Assert.Equal("Tom Reyes", Quote(facts, "the bridge will reopen before the winter comes").Speaker);
    }

    [Fact]
    public void PointingOutReportsSpeech()
    {
        var facts = Extract.From("In support of her bid, Senator Ingrid Stenmark pointed out she had \"given up every title and lived as a commoner\".");
        Assert.Equal("Ingrid Stenmark", Quote(facts, "given up every title and lived as a commoner").Speaker);
    }
}
