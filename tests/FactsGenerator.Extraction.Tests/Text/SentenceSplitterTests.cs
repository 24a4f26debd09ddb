using System.Linq;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => AnalyzedText.Analyze(text).Sentences.Select(s => s.Text).ToArray();

    [Fact]
    public void SplitsAtPeriodsBeforeCapitals()
    {
        Assert.Equal(new[] { "The ferry sank on Monday.", "Rescuers found no one." }, Sentences("The ferry sank on Monday. Rescuers found no one."));
    }

    [Theory]
    [InlineData("Mr. Lowe met Dr. Haines in St. Albans on Friday.")]
    [InlineData("George W. Bush visited the site.")]
    [InlineData("The U.S. Navy sent two ships.")]
    [InlineData("Output rose 5.7 percent in March.")]
    [InlineData("The vote was set for Sept. 4 by the council.")]
    [InlineData("The ruling in Smith v. Jones was overturned.")]
    [InlineData("Each stall owner paid Rs. 2,500 to the market committee.")]
    public void KeepsAbbreviationsInitialsAndDecimalsInOneSentence(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void KeepsAQuotationWithItsAttribution()
    {
        var sentences = Sentences("\u201CThe bridge is closed. Nobody may cross,\u201D the mayor said. Traffic stopped.");
        Assert.Equal(2, sentences.Length);
        Assert.EndsWith("the mayor said.", sentences[0]);
    }

    [Fact]
    public void SplitsAfterAQuotationThatEndsTheSentence()
    {
        var sentences = Sentences("She wrote \"We will rebuild.\" The crowd cheered.");
        Assert.Equal(new[] { "She wrote \"We will rebuild.\"", "The crowd cheered." }, sentences);
    }

    [Fact]
    public void TreatsAShortFirstLineAsHeadline()
    {
        var text = AnalyzedText.Analyze("Floods hit the valley\n\nWater rose overnight. Roads closed.");
        Assert.Equal("Floods hit the valley", text.Headline);
        Assert.Equal(2, text.BodySentences.Count());
    }

    [Fact]
    public void ReportsLineAndColumnOfTheOriginalText()
    {
        var text = AnalyzedText.Analyze("Title here\r\n\r\nFirst line.\r\nSecond one has 12 boats.");
        var sentence = text.Sentences.Last();
        var number = sentence.Tokens.First(t => t.IsNumber);
        var evidence = text.EvidenceFor(sentence, number, number);
        Assert.Equal((4, 16), (evidence.Line, evidence.Column));
        Assert.Equal("12", evidence.Text);
    }

    [Fact]
    public void FindsEveryTerminalAfterLongRunsWithoutAny()
    {
        // The splitter jumps from one quotation mark or terminal to the next: long stretches with none between them,
        // a quotation left open in the paragraph, and a closed one all still split where they should.
        var words = string.Join(" ", System.Linq.Enumerable.Repeat("the tide came in slowly", 40));
        var sentences = Sentences("A " + words + ". Boats waited! Did the pier hold? \"It held,\" she said. He added \"more rain\" later.");
        Assert.Equal(5, sentences.Length);
        Assert.Equal("Boats waited!", sentences[1]);
        Assert.Equal("Did the pier hold?", sentences[2]);
        Assert.Equal("\"It held,\" she said.", sentences[3]);
    }

    [Fact]
    public void AnUnbalancedQuotationMarkDoesNotHideTheTerminals()
    {
        var sentences = Sentences("The keeper said \"the lamp failed. Ships turned back. Nobody was hurt.");
        Assert.Equal(3, sentences.Length);
    }
}
