using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Phrases that only say where, when or how words were said ("in a statement after the inquiry", "in an interview with
/// the Velm Times published on Sunday") do not hide the reporting clause they belong to: after the verb of a clause
/// closing the sentence, or as "in a statement" between a framing verb and its quoted fragment.
/// </summary>
public class QuoteSayingAdjunctTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ALongPhraseOfWhereAndWhenAfterTheClosingVerbKeepsTheSpeaker()
    {
        var facts = Extract.From("A \"cracked axle\" derailed the tram, the Velm Transit Authority said in a statement after a first inspection of the line.");
        Assert.Equal("Velm Transit Authority", Quote(facts, "cracked axle").Speaker);
    }

    [Fact]
    public void AnInterviewNamedAfterTheClosingVerbKeepsTheSpeaker()
    {
        var facts = Extract.From("The harbour could see the first \"returns\" of the dredging by spring, Orla Denholm said in an interview with the Velm Courier published on Sunday.");
        Assert.Equal("Orla Denholm", Quote(facts, "returns").Speaker);
    }

    [Fact]
    public void TheOneToldMayStandBeforeThePhrases()
    {
        var facts = Extract.From("The ferry schedule was a \"shambles\" all winter, Peder Vallmo told reporters at the quay on Friday evening.");
        Assert.Equal("Peder Vallmo", Quote(facts, "shambles").Speaker);
    }

    [Fact]
    public void ReportedWordsAfterTheClosingVerbAreNoSuchPhrase()
    {
        var facts = Extract.From("Ticket sales at the \"new terminal\" fell in March, but Peder Vallmo said in the spring that the fares would rise again.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("new terminal", System.StringComparison.Ordinal) && q.Speaker == "Peder Vallmo");
    }

    [Fact]
    public void AStatementInAnInPhraseLeavesTheFramingVerbItsFragment()
    {
        var facts = Extract.From("Governor Brannagh Tolley expressed in a statement \"her deepest sorrow\" for the families of the crew.");
        Assert.Equal("Brannagh Tolley", Quote(facts, "her deepest").Speaker);
    }

    [Fact]
    public void AStatementRightBeforeTheFragmentStillNamesWordsSpokenOf()
    {
        var facts = Extract.From("Governor Brannagh Tolley expressed anger at the statement \"careless crews\" from the port operator.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("careless crews", System.StringComparison.Ordinal) && q.Speaker == "Brannagh Tolley");
    }
}
