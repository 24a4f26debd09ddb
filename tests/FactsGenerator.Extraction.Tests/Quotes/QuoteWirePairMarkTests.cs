using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Wire copy writes the double quotation mark as a pair of single ones ("''...,'' said X", "‘‘...,’’ said X",
/// "``...'' X said"): the pair at a word's start opens a quotation, two straight apostrophes after a word close it.
/// </summary>
public class QuoteWirePairMarkTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void TwoStraightApostrophesQuoteASentence()
    {
        var facts = Extract.From("''The ferry will not sail again before the spring,'' harbour master Orla Denholm said on Tuesday.");
        var quote = Quote(facts, "The ferry");
        Assert.Equal("The ferry will not sail again before the spring,", quote.Text);
        Assert.Equal("Orla Denholm", quote.Speaker);
    }

    [Fact]
    public void TwoCurlySingleMarksOpenAndCloseAQuotation()
    {
        var facts = Extract.From("\u2018\u2018We will have to wait for the court,\u2019\u2019 Brannagh Tolley said. \u2018\u2018That could take a year.\u2019\u2019");
        Assert.Equal("Brannagh Tolley", Quote(facts, "We will have").Speaker);
        Assert.Equal("That could take a year.", Quote(facts, "That could").Text);
    }

    [Fact]
    public void BackticksOpenAQuotationThatApostrophesClose()
    {
        var facts = Extract.From("``The levy is a disgrace,'' said Peder Vallmo, a shopkeeper in the old town.");
        Assert.Equal("Peder Vallmo", Quote(facts, "The levy").Speaker);
    }

    [Fact]
    public void APairClosesAQuotationOpenedByADoubleMark()
    {
        var facts = Extract.From("Council leader Mina Okafor said \"the budget is spent'' and asked for \"more time to plan'' before the vote.");
        Assert.Equal("the budget is spent", Quote(facts, "the budget").Text);
        Assert.Equal("more time to plan", Quote(facts, "more time").Text);
    }

    [Fact]
    public void AFragmentInPairedMarksIsTheSubjects()
    {
        var facts = Extract.From("Board chair Peder Vallmo called the claim ''absurd'' on Friday.");
        Assert.Equal("Peder Vallmo", Quote(facts, "absurd").Speaker);
    }

    [Fact]
    public void ApostrophesInsideWordsOpenNoQuotation()
    {
        var facts = Extract.From("The drivers'' union met on Friday, and the workers' pay was not discussed at all by the board.");
        Assert.Empty(facts.Quotes);
    }

    [Fact]
    public void AClosingPairWithNoQuotationOpenIsLeftAlone()
    {
        var facts = Extract.From("Brannagh Tolley said the old sign over the door still read O''Deel's Bar when the new owners arrived.");
        Assert.Empty(facts.Quotes);
    }
}
