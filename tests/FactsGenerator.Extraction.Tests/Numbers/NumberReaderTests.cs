using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Numbers;

public class NumberReaderTests
{
    private static NumberMatch? ReadFirst(string text, out string[] tokenTexts)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        tokenTexts = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            tokenTexts[i] = tokens[i].Text;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberReader.TryRead(tokens, i, out var match))
            {
                return match;
            }
        }

        return null;
    }

    private static decimal? Value(string text) => ReadFirst(text, out _)?.Value;

    [Theory]
    [InlineData("about 5,000 people", 5000)]
    [InlineData("5,000,000 doses", 5000000)]
    [InlineData("turnout of 67.3%", 67.3)]
    [InlineData("a 1.5% fall", 1.5)]
    [InlineData("some 1800 people", 1800)]
    [InlineData("5.7 million people", 5700000)]
    [InlineData("2.8 million votes", 2800000)]
    [InlineData("$90 billion", 90000000000)]
    [InlineData("US$3.4 trillion", 3400000000000)]
    [InlineData("a grant of €20m", 20000000)]
    [InlineData("a $2.4-billion bridge", 2400000000)]
    [InlineData("a 30-million-strong audience", 30000000)]
    [InlineData("a 12-year-old dog", 12)]
    [InlineData("a £3bn deal", 3000000000)]
    [InlineData("12 thousand deaths", 12000)]
    [InlineData("magnitude 5.2", 5.2)]
    [InlineData("a 6.4 quake", 6.4)]
    public void ReadsDigitsWithSeparatorsDecimalsAndScales(string text, double expected)
    {
        Assert.Equal((decimal)expected, Value(text));
    }

    [Theory]
    [InlineData("four soldiers", 4)]
    [InlineData("twelve more", 12)]
    [InlineData("forty-four days", 44)]
    [InlineData("twenty one guns", 21)]
    [InlineData("one hundred and twenty thousand people", 120000)]
    [InlineData("one million rubles", 1000000)]
    [InlineData("three hundred residents", 300)]
    [InlineData("two thousand and five pupils", 2005)]
    [InlineData("ninety-nine percent", 99)]
    [InlineData("a dozen villages", 12)]
    [InlineData("a hundred boats", 100)]
    [InlineData("a million doses", 1000000)]
    [InlineData("seventeen years", 17)]
    [InlineData("over half a million people", 500000)]
    [InlineData("half a dozen eggs", 6)]
    [InlineData("two dozen pupils", 24)]
    [InlineData("three dozen homes", 36)]
    [InlineData("two dozen five-year-olds", 24)]
    [InlineData("three dozen four-wheel drives", 36)]
    public void ReadsNumberWords(string text, double expected)
    {
        Assert.Equal((decimal)expected, Value(text));
    }

    [Theory]
    [InlineData("two thirds of voters", 0.667)]
    [InlineData("three quarters of the homes", 0.75)]
    [InlineData("half of the residents", 0.5)]
    [InlineData("a quarter of the budget", 0.25)]
    [InlineData("one third of the seats", 0.333)]
    [InlineData("two fifths of the crop", 0.4)]
    public void ReadsFractions(string text, double expected)
    {
        var match = ReadFirst(text, out _);
        Assert.NotNull(match);
        Assert.Equal(NumberForm.Fraction, match!.Value.Form);
        Assert.Equal((decimal)expected, match.Value.Value);
    }

    [Theory]
    [InlineData("several soldiers", 0)]
    [InlineData("dozens of homes", 0)]
    [InlineData("hundreds of people", 0)]
    [InlineData("thousands of protesters", 0)]
    [InlineData("tens of thousands of residents", 2)]
    [InlineData("hundreds of thousands of people", 2)]
    [InlineData("millions of dollars", 0)]
    [InlineData("several thousand supporters", 1)]
    [InlineData("a few hundred people", 2)]
    public void ReadsVagueCountsWithoutValue(string text, int lastToken)
    {
        var match = ReadFirst(text, out _);
        Assert.NotNull(match);
        Assert.True(match!.Value.IsVague);
        Assert.Null(match.Value.Value);
        Assert.Equal(lastToken, match.Value.Last);
    }

    [Theory]
    [InlineData("one two", 1)]
    [InlineData("twenty thirty", 20)]
    public void DoesNotSumWordsThatDoNotFormOneNumber(string text, double expected)
    {
        Assert.Equal((decimal)expected, Value(text));
    }

    [Theory]
    [InlineData("the tens")]
    [InlineData("a third attack")]
    [InlineData("the second half")]
    [InlineData("no numbers here")]
    public void ReadsNothingFromWordsThatAreNotNumbers(string text)
    {
        Assert.Null(ReadFirst(text, out _));
    }

    [Fact]
    public void KeepsMetresSuffixOutOfTheValueWithoutCurrency()
    {
        var match = ReadFirst("a 100m sprint", out _);
        Assert.Equal(100m, match!.Value.Value);
        Assert.Equal(match.Value.First, match.Value.Last);
    }

    [Fact]
    public void CoversTheScaleWordInTheMatch()
    {
        var match = ReadFirst("5.7 million people", out var tokens);
        Assert.Equal("million", tokens[match!.Value.Last]);
    }

    [Fact]
    public void DropsTrailingZerosAfterAScale()
    {
        var value = ReadFirst("5.7 million people", out _)!.Value.Value!.Value;
        Assert.Equal("5700000", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public class NumberReaderHalvesAndSharesOfScaleTests
{
    private static decimal? Value(string text)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberReader.TryRead(tokens, i, out var match))
            {
                return match.Value;
            }
        }

        return null;
    }

    [Theory]
    [InlineData("some three-and-a-half million tourists", 3500000)]
    [InlineData("two and a half years in jail", 2.5)]
    [InlineData("twenty-one and a half hours", 21.5)]
    [InlineData("a quarter of a million pilgrims", 250000)]
    [InlineData("three quarters of a billion dollars", 750000000)]
    [InlineData("a third of a million homes", 333333)]
    [InlineData("nearly a tenth of the budget", 0.1)]
    [InlineData("a tenth part of the vote", 0.1)]
    public void ReadsHalvesAndSharesOfAScaleWord(string text, double expected)
    {
        Assert.Equal((decimal)expected, Value(text));
    }

    [Fact]
    public void AThirdAlone()
    {
        Assert.Equal(0.333m, Value("a third of the ballots"));
    }

    [Fact]
    public void ATenthAsAnOrdinalIsNoShare()
    {
        Assert.Null(Value("the band's tenth album"));
    }
}

public class NumberReaderOrdinalAfterOneTests
{
    [Fact]
    public void OneThirdPartyIsACountOfOne()
    {
        var text = "one third party nominee";
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        Assert.True(NumberReader.TryRead(tokens, 0, out var match));
        Assert.Equal(1m, match.Value);
    }
}

public class NumberReaderOpeningWordTests
{
    private static bool TryReadAtFirstToken(string text, out NumberMatch match)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);
        return NumberReader.TryRead(tokens, 0, out match);
    }

    // The words a number can open with are looked up in one set: units, tens, vague counts and the idiom openers,
    // in any case.
    [Theory]
    [InlineData("Seventeen boats sailed", 17)]
    [InlineData("ninety ferries waited", 90)]
    [InlineData("SIX tugs came", 6)]
    [InlineData("a dozen piers", 12)]
    public void ReadsNumbersOpenedByAUnitATensWordOrAnArticle(string text, double expected)
    {
        Assert.True(TryReadAtFirstToken(text, out var match));
        Assert.Equal((decimal)expected, match.Value);
    }

    [Theory]
    [InlineData("Hundreds of boats sailed")]
    [InlineData("several ferries waited")]
    public void ReadsAVagueCountAtItsOwnWord(string text)
    {
        Assert.True(TryReadAtFirstToken(text, out var match));
        Assert.True(match.IsVague);
    }

    [Theory]
    [InlineData("Harbour pilots waited")]
    [InlineData("the tide turned")]
    [InlineData(", then")]
    public void ReadsNoNumberAtAWordNoNumberOpensWith(string text)
    {
        Assert.False(TryReadAtFirstToken(text, out _));
    }
}
