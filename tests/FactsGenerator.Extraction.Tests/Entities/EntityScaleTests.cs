using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// The entity reader runs in linear time: a document eight times as long takes at most sixteen times as long to
/// read (a reader comparing every pair of names takes about sixty times as long). The bounds are generous so a
/// loaded machine does not fail them; only quadratic growth does.
/// </summary>
public class EntityScaleTests
{
    private static readonly string[] Syllables = "Alder Birch Cedar Dorn Elm Fir Gale Holm Ivy Juno Kern Lark".Split(' ');

    // A distinct made-up word for each number: "Birchalderalderalder".
    private static string Word(int i)
    {
        var builder = new StringBuilder();
        for (var k = 0; k < 4; k++)
        {
            builder.Append(k == 0 ? Syllables[i % 12] : Syllables[i % 12].ToLowerInvariant());
            i /= 12;
        }

        return builder.ToString();
    }

    private static string Paragraphs(int count, Func<int, string> sentence) =>
        string.Concat(Enumerable.Range(1, count).Select(i => sentence(i) + (i % 20 == 0 ? "\n\n" : " ")));

    [Fact]
    public void ManyOrganisationsAreMergedInLinearTime() =>
        AssertLinear(n => Paragraphs(n, i => $"The {Word(i)} Institute of Science opened a lab."), facts => facts.Organizations.Count);

    [Fact]
    public void ManySurnamesWithAParticleAreMergedInLinearTime() =>
        AssertLinear(n => Paragraphs(n, i => $"Luis de {Word(i)} met the mayor. De {Word(i)} said hello."), facts => facts.People.Count);

    // One sentence listing every name: each name's neighbours are looked up by position, not by scanning the list.
    [Fact]
    public void OneLongSentenceOfNamesIsReadInLinearTime() =>
        AssertLinear(n => "The list named " + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{Word(2 * i)} {Word(2 * i + 1)}")) + ".", facts => facts.People.Count + facts.Organizations.Count + facts.Places.Count);

    [Fact]
    public void OneLongListOfFirmsIsReadInLinearTime() =>
        AssertLinear(n => "He praised firms such as " + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{Word(2 * i)} {Word(2 * i + 1)}")) + ".", facts => facts.People.Count + facts.Organizations.Count + facts.Places.Count);

    private static void AssertLinear(Func<int, string> document, Func<Model.DocumentFacts, int> count)
    {
        const int Few = 1000;
        const int Many = 8 * Few;
        var small = document(Few);
        var large = document(Many);
        Extract.From(small);

        var fewTime = Fastest(small, count, out var fewCount);
        var manyTime = Fastest(large, count, out var manyCount);

        Assert.True(manyCount >= fewCount, $"{Few} names gave {fewCount} entities, {Many} names {manyCount}.");
        var bound = TimeSpan.FromTicks(16 * fewTime.Ticks) + TimeSpan.FromSeconds(1);
        Assert.True(manyTime < bound, $"{Few} names took {fewTime.TotalSeconds:F2} s, {Many} names {manyTime.TotalSeconds:F2} s (bound {bound.TotalSeconds:F2} s).");
    }

    private static TimeSpan Fastest(string body, Func<Model.DocumentFacts, int> count, out int entities)
    {
        var fastest = TimeSpan.MaxValue;
        entities = 0;
        for (var run = 0; run < 2; run++)
        {
            var watch = Stopwatch.StartNew();
            var facts = Extract.From(body);
            watch.Stop();
            entities = count(facts);
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        return fastest;
    }
}
