using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "X said, "...," the outlet reported.": the verb of saying before the quotation has its subject, who said the words;
/// the outlet after them only reports. "...," the outlet quoted X saying" (without "as") gives X as well.
/// </summary>
public class QuoteOutletReportsSayerTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TheSubjectOfSaidBeforeTheWordsSpeaksNotTheOutletReportingAfterThem()
    {
        var facts = Extract.From("Tomas Brandt, who took office in May, apologised and said, \"I thought it best to bring this matter to rest,\" Velm Radio reported.");
        Assert.Equal("Tomas Brandt", Quote(facts, "I thought it").Speaker);
    }

    [Fact]
    public void AnOutletReportingWordsNobodyIntroducedIsTheirSpeaker()
    {
        var facts = Extract.From("Velm Radio broadcast from the harbour. \"The port will reopen on Friday after the repairs,\" Velm Radio reported.");
        Assert.Equal("Velm Radio", Quote(facts, "The port will").Speaker);
    }

    [Fact]
    public void AnOutletQuotingAPersonSayingWithoutAsGivesThePerson()
    {
        var facts = Extract.From("\"The goals are stability and growth,\" Velm Radio quoted port official Greta Lind saying in a statement.");
        Assert.Equal("Greta Lind", Quote(facts, "The goals are").Speaker);
    }

    [Fact]
    public void ABodysOfficialQuotedSayingIsThePersonNotTheBody()
    {
        var facts = Extract.From("\"The goals are stability and growth,\" Velm Radio quoted IMF official Greta Lind saying in a statement.");
        Assert.Equal("Greta Lind", Quote(facts, "The goals are").Speaker);
    }

    [Fact]
    public void AnUnnamedPersonQuotedSayingGivesNoSpeaker()
    {
        var facts = Extract.From("\"The talks are going nowhere this week,\" the newspaper quoted an unnamed official saying.");
        Assert.Null(Quote(facts, "The talks are").Speaker);
    }
}
