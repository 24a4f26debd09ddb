using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>Short quoted labels a named speaker gives, and documents that carry someone else's words.</summary>
public class QuoteShortLabelTests
{
    private static QuoteFact Quote(DocumentFacts facts, string text) => Assert.Single(facts.Quotes, q => q.Text == text);

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
