using System.Diagnostics;
using System.Linq;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Text;

/// <summary>Runs of terminal punctuation ("?!", "...", a hostile million periods): same sentences, linear time.</summary>
public class SentenceSplitterRunTests
{
    private static string[] Sentences(string text) => AnalyzedText.Analyze(text).Sentences.Select(s => s.Text).ToArray();

    [Fact]
    public void AnEllipsisOrMixedRunEndsTheSentenceOnce()
    {
        Assert.Equal(new[] { "The lights went out...", "Nobody moved." }, Sentences("The lights went out... Nobody moved."));
        Assert.Equal(new[] { "Was it an accident?!", "Police are not sure." }, Sentences("Was it an accident?! Police are not sure."));
    }

    [Fact]
    public void AnAbbreviationFollowedByPeriodsStaysInTheSentence()
    {
        Assert.Single(Sentences("The letter was signed by Gen... Harlow of the second brigade."));
    }

    [Fact]
    public void AnExclamationAfterAnAbbreviationStillEndsTheSentence()
    {
        Assert.Equal(2, Sentences("They waited for Dr.! Nobody came.").Length);
    }

    [Fact]
    public void AMillionPeriodsAreCrossedInLinearTime()
    {
        var text = "It ended" + new string('.', 1_000_000) + " Then it rained" + new string('!', 1_000_000) + "x and stopped.";
        var watch = Stopwatch.StartNew();
        var sentences = Sentences(text);
        watch.Stop();

        Assert.Equal(2, sentences.Length);
        Assert.True(watch.Elapsed.TotalSeconds < 5, $"Splitting took {watch.Elapsed.TotalSeconds:F1} s");
    }
}
