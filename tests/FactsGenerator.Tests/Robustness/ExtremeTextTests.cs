using System;
using System.Linq;
using System.Text;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>Sizes and shapes no article has: one huge line, a million quotation marks, endless punctuation, exotic Unicode.</summary>
public class ExtremeTextTests
{
    /// <summary>News sentences on one line, no line break, up to <paramref name="length"/> characters.</summary>
    private static string SingleLine(int length)
    {
        var builder = new StringBuilder(length + 200);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(News.Sentences[i % News.Sentences.Length]).Append(' ');
        }

        return builder.ToString(0, length);
    }

    [Fact]
    public void ATenMegabyteSingleLineIsSkippedAsTooLarge()
    {
        var result = HostileRun.Run(new[] { new TestDocument("/docs/huge.txt", SingleLine(10_000_000)), new TestDocument("/docs/ferry.txt", News.Article) }, HostileRun.Large);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "FACTS004");
        Assert.Contains("10000000", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Facts.Ferry.g.cs", result.HintNames);
        Assert.DoesNotContain("Facts.Huge.g.cs", result.HintNames);
    }

    [Fact]
    public void ASingleLineJustUnderTheSizeLimitIsExtracted()
    {
        var properties = GeneratorHarness.DefaultProperties.ToDictionary(p => p.Key, p => p.Value);
        properties["build_property.FactsMaxDocumentSize"] = "300000";

        var result = HostileRun.Run(new[] { new TestDocument("/docs/long.txt", SingleLine(299_999)) }, HostileRun.Large, properties);

        Assert.Empty(HostileRun.PathsWith(result, "FACTS004"));
        Assert.Contains("Facts.Long.g.cs", result.HintNames);
    }

    [Fact]
    public void AMillionQuotationMarks()
    {
        var bare = "He said " + new string('"', 1_000_000) + " and left.";
        var curly = "She replied " + string.Concat(Enumerable.Repeat("\u201C\u201D", 500_000)) + " on Monday.";
        var unbalanced = "\u201C" + string.Concat(Enumerable.Repeat("Troops advanced. ", 20_000));

        var result = HostileRun.Run(new[]
        {
            new TestDocument("/docs/bare.txt", bare),
            new TestDocument("/docs/curly.txt", curly),
            new TestDocument("/docs/unbalanced.txt", unbalanced),
        }, HostileRun.Large);

        Assert.Equal(3, result.HintNames.Count(h => h.StartsWith("Facts.", StringComparison.Ordinal) && h != "Facts.g.cs"));
    }

    /// <summary>A quarter of a million short quotations in one sentence (no sentence end between them).</summary>
    [Fact]
    public void AQuarterMillionQuotationsInOneSentence()
    {
        var quotedWords = string.Concat(Enumerable.Repeat("\"No,\" ", 250_000)) + "said the minister.";

        var result = HostileRun.Run(new[] { new TestDocument("/docs/quoted.txt", quotedWords) }, HostileRun.Large);

        Assert.Contains("Facts.Quoted.g.cs", result.HintNames);
    }

    [Fact]
    public void EndlessPunctuation()
    {
        var periods = "It ended" + new string('.', 1_000_000) + " Then nothing.";
        var mixed = "Really" + string.Concat(Enumerable.Repeat("?!", 400_000)) + " Yes.";
        var abbreviation = "Gen" + new string('.', 500_000) + " Harlow arrived.";
        var symbols = "Prices rose " + string.Concat(Enumerable.Repeat(",;:-()[]{}%$&*", 50_000)) + " 5 percent.";
        var onlyPunctuation = string.Concat(Enumerable.Repeat(".,!?;:-", 100_000));

        var result = HostileRun.Run(new[]
        {
            new TestDocument("/docs/periods.txt", periods),
            new TestDocument("/docs/mixed.txt", mixed),
            new TestDocument("/docs/abbreviation.txt", abbreviation),
            new TestDocument("/docs/symbols.txt", symbols),
            new TestDocument("/docs/punctuation.txt", onlyPunctuation),
        }, HostileRun.Large);

        // Punctuation alone has no words: empty, not a crash.
        Assert.Equal(new[] { "/docs/punctuation.txt" }, HostileRun.PathsWith(result, "FACTS001"));
        Assert.Contains("Facts.Periods.g.cs", result.HintNames);
    }

    [Fact]
    public void RightToLeftZeroWidthEmojiAndLoneSurrogates()
    {
        var texts = new[]
        {
            "\u0627\u0644\u0623\u0645\u0645 \u0627\u0644\u0645\u062A\u062D\u062F\u0629 \u0642\u0627\u0644\u062A \u0625\u0646 15 \u0634\u062E\u0635\u0627 \u0642\u062A\u0644\u0648\u0627. \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD 42.",
            "The \u202Eenil\u202C minister said 12\u200B000 people\u200D fled \u2066Port\u2069 Alden\u200F on Monday.",
            "Rescuers \uD83D\uDE92\uD83D\uDE91 saved 37 people \uD83D\uDC4D\uD83C\uDFFD in Z\u00FCrich and \u0141\u00F3d\u017A, said Jos\u00E9 Mar\u00EDa Aznar \uD83C\uDDFA\uD83C\uDDE6.",
            "A lone \uD800 high and a lone \uDC00 low surrogate: 5 \uDBFF soldiers \uDFFF killed \uFFFE\uFFFF in \uD83D town.",
            "Combining: Ame\u0301lie\u0308 reported 3\u20E3 fires; Cafe\u0301 \u1100\u1161 closed. \u0E01\u0E23\u0E38\u0E07\u0E40\u0E17\u0E1E 8 \u4E2D\u56FD 9.",
        };
        var documents = texts.Select((text, i) => new TestDocument($"/docs/unicode{i}.txt", "Headline \uD83D\uDCF0 " + i + "\n\n" + text + "\n")).ToList();
        documents.Add(new TestDocument("/docs/\uD83D\uDCF0\u062E\u0628\u0631.txt", News.Article));
        documents.Add(new TestDocument("/docs/\u202Etxt.exe", News.Article));

        var result = HostileRun.Run(documents, HostileRun.Quick);

        Assert.Equal(documents.Count + 2, result.HintNames.Count);
    }
}
