using System.Linq;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.Text).ToArray();

    [Fact]
    public void KeepsSeparatorsAndDecimalsInsideNumbers()
    {
        Assert.Equal(new[] { "more", "than", "5,000", "people", "and", "5.7", "million" }, Tokens("more than 5,000 people and 5.7 million"));
    }

    [Fact]
    public void SplitsPossessiveAndHyphen()
    {
        Assert.Equal(new[] { "Poland", "'s", "44", "-", "day", "war" }, Tokens("Poland's 44-day war"));
    }

    [Fact]
    public void KeepsInitialismsAndAlphanumericNames()
    {
        Assert.Equal(new[] { "the", "U.S.", "and", "G7" }, Tokens("the U.S. and G7"));
    }

    [Fact]
    public void KeepsSeparatorsAndDecimalsInsideDigitsGluedToLetters()
    {
        Assert.Equal(new[] { "paid", "R8,400", ",", "then", "KSh2.6", "billion", "." }, Tokens("paid R8,400, then KSh2.6 billion."));
    }

    [Theory]
    [InlineData("a headcount of 1,62,540 staff", "1,62,540")]
    [InlineData("some 12,34,567 voters", "12,34,567")]
    [InlineData("a bill of 1,00,000 rupees", "1,00,000")]
    [InlineData("paid Rs1,62,540 in fees", "Rs1,62,540")]
    public void KeepsIndianDigitGroupingInOneNumber(string text, string number)
    {
        Assert.Contains(number, Tokens(text));
    }

    [Theory]
    [InlineData("scores of 1,62 and 3", "62")]
    [InlineData("pages 12,34,5678", "34")]
    public void LeavesPairsOfDigitsThatEndNoIndianGroupingApart(string text, string token)
    {
        Assert.Contains(token, Tokens(text));
    }

    [Fact]
    public void MarksTokensThatTouchThePreviousOne()
    {
        var tokens = Tokenizer.Tokenize("a 24-hour offensive", 0, 19);
        Assert.False(tokens[2].SpaceBefore);
        Assert.True(tokens[1].SpaceBefore);
    }

    [Fact]
    public void NormalizerKeepsOffsets()
    {
        const string text = "\u201CYes\u201D \u2014 it\u2019s 16\u201317\r\nnext";
        var normalized = TextNormalizer.Normalize(text);
        Assert.Equal(text.Length, normalized.Length);
        Assert.Equal("\"Yes\" - it's 16-17 \nnext", normalized);
    }

    [Fact]
    public void GivesEachTokenTheLengthAndEndOfItsCharacters()
    {
        var text = "The ferry's 12,500-tonne hull, built in the U.K., sank.";
        foreach (var token in Tokenizer.Tokenize(text, 0, text.Length))
        {
            Assert.Equal(text.Substring(token.Start, token.Length), token.Text);
            Assert.Equal(token.Start + token.Text.Length, token.End);
        }
    }

    [Fact]
    public void KeepsATokenAtSixteenBytes()
    {
        // Token lists are a tenth of the engine's allocation, and a token of 16 bytes is returned in registers.
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<Token>());
    }
}
