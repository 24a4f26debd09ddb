using System;
using System.Linq;
using System.Threading;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class DocumentRulesTests
{
    [Fact]
    public void DropsAFigureThatRepeatsAnEarlierOne()
    {
        var facts = QuantityTestText.Extract("The party netted 66 seats. Since the last session, the party gained 66 seats.");
        Assert.Single(facts);
    }

    [Fact]
    public void DropsABareMeasureThatRestatesAnEarlierOne()
    {
        var facts = QuantityTestText.Extract("A magnitude 5.9 earthquake hit the valley. The quake's magnitude, at 5.9, was the highest this year.");
        Assert.Single(facts, f => f.Value == 5.9m);
    }

    [Fact]
    public void DropsADefiniteMentionOfAnEarlierCasualtyCount()
    {
        var facts = QuantityTestText.Extract("A fire killed five girls at the venue. Officials said all five deaths were caused by smoke.");
        Assert.Single(facts);
    }

    [Fact]
    public void KeepsTheSameNumberForDifferentEvents()
    {
        var facts = QuantityTestText.Extract("The blast had killed nine and injured nine more.");
        Assert.Equal(2, facts.Count);
        Assert.Equal(new[] { "PeopleKilled", "PeopleInjured" }, facts.Select(f => f.Name).ToArray());
    }

    [Fact]
    public void HonoursCancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => QuantityTestText.Extract("Five soldiers were killed.", source.Token));
    }

    [Fact]
    public void GivesTheSameResultEveryTime()
    {
        const string text = "Five soldiers were killed. Thousands of residents fled. The war lasted 44 days.";
        Assert.Equal(QuantityTestText.Extract(text), QuantityTestText.Extract(text));
    }

    [Fact]
    public void ReadsTheSeedDocument()
    {
        var path = System.IO.Path.Combine(global::FactsGenerator.TestSupport.RepositoryRoot.Path, "seeds", "nagorno-karabakh-ceasefire.txt");
        var facts = QuantityTestText.Extract(System.IO.File.ReadAllText(path));
        var killed = facts.Single(f => f.Name == "PeacekeepersKilled");
        Assert.Equal(4m, killed.Value);
        Assert.Equal(QuantityCategory.Casualties, killed.Category);
        Assert.Equal(Qualifier.Exact, killed.Qualifier);
        var sheltering = facts.Single(f => f.Name == "ResidentsSheltering");
        Assert.Equal(5000m, sheltering.Value);
        Assert.Equal(Qualifier.MoreThan, sheltering.Qualifier);
        Assert.Equal(QuantityCategory.Displacement, sheltering.Category);
        Assert.Contains(facts, f => f.Name == "OffensiveDurationHours" && f.Value == 24m);
        Assert.Contains(facts, f => f.Name == "WarDurationDays" && f.Value == 44m);
        Assert.DoesNotContain(facts, f => f.Value == 2020m || f.Value == 1994m);
    }

    [Fact]
    public void NeverThrowsOnOddInput()
    {
        foreach (var text in new[] { "", "5", "$", "-5-", "a a a", "one", "Several", "between 5 and", "from 3 to", "1,000,000,000,000,000,000,000,000,000,000 people", "\u2013\u2013 7 \u2014",
            "7 lives few point", "The debt was 99999999999999999999999999 billion dollars.", "Between 99999999999999999999999999 and $7 billion.", "5.7 \u00B1 point", "the 12 of the state's", "from 3 to", "between $5 and $", "aged nine, ten, and" })
        {
            var facts = QuantityTestText.Extract(text);
            Assert.NotNull(facts);
        }
    }

}

public class ScaleTests
{
    [Fact]
    public void StaysFastAndUniqueOnADocumentWithThousandsOfFigures()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 1; i <= 20000; i++)
        {
            builder.Append("The party won ").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" seats. ");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var facts = QuantityTestText.Extract(builder.ToString());
        watch.Stop();
        Assert.Equal(20000, facts.Count);
        Assert.Equal(facts.Count, facts.Select(f => f.Name).Distinct().Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}

/// <summary>Timing tests run alone: other tests running beside them would skew the ratio of two timings.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class TimingCollection
{
    public const string Name = "Quantity timing";
}

[Collection(TimingCollection.Name)]
public class LinearTimeTests
{
    /// <summary>
    /// One sentence of many figures, and many sentences of figures: each rule looks only at a few neighbouring mentions,
    /// so four times the figures must take about four times as long. A quadratic look-back took 12x-16x; the limit of 8x
    /// (best of three runs each, alternating, with a floor on the small run; not run beside other tests) leaves room for a
    /// loaded machine.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TimeGrowsLinearlyWithTheNumberOfFigures(bool oneSentence)
    {
        string Text(int phrases)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < phrases; i++)
            {
                builder.Append(i == 0 ? "About " : oneSentence ? ", about " : " About ")
                    .Append(12 + (i % 50)).Append(" people were killed, ").Append(30 + (i % 70)).Append(" were injured and ")
                    .Append(4 + (i % 20)).Append(" went missing").Append(oneSentence ? string.Empty : ".");
            }

            return builder.Append('.').ToString();
        }

        double Milliseconds(string text)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            Assert.NotEmpty(QuantityTestText.Extract(text));
            return watch.Elapsed.TotalMilliseconds;
        }

        // Small and large runs alternate so that both meet the same load.
        QuantityTestText.Extract(Text(200));
        string smallText = Text(3000), largeText = Text(12000);
        double small = double.MaxValue, large = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            small = Math.Min(small, Milliseconds(smallText));
            large = Math.Min(large, Milliseconds(largeText));
        }

        // Four times the text: linear work takes about 4x, a scan per figure over the sentence 16x; the margin between
        // is for a loaded machine, where the large run meets more contention than the small one.
        Assert.True(large < 12 * Math.Max(small, 20), $"3,000 phrases took {small:F0} ms, 12,000 took {large:F0} ms ({large / small:F1}x).");
    }
}
