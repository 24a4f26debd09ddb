using System.Linq;
using System.Threading;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Tests.Lock;

/// <summary>How a lock entry finds its fact again after the document or the engine changed.</summary>
public class LockMatchingTests
{
    private const string Original = "Report\n7 soldiers were killed near the border on Monday.\n300 residents fled to the hills.\n";

    private static LockFile LockOf(string text, System.Func<string, string>? rename = null)
    {
        var json = LockHarness.LockJson(new[] { new Infrastructure.TestDocument("/d/report.txt", text) }, engine: rename is null ? null : LockHarness.Renaming(rename));
        return LockFileReader.Read(LockHarness.LockPath, json).File!;
    }

    private static CuratedDocument Apply(string text, LockFile lockFile) =>
        DocumentCuration.Apply("/d/report.txt", "report", text, RuleEngine.Extract(text, new ExtractionOptions(), CancellationToken.None), lockFile);

    private static string[] Paths(CuratedDocument curated) => curated.ToNames().Proposals.Select(p => p.Path).ToArray();

    [Fact]
    public void UnchangedDocumentMatchesEveryEntryExactly()
    {
        var curated = Apply(Original, LockOf(Original, name => "Locked" + name));
        Assert.Equal(new[] { "Casualties.LockedSoldiersKilled", "Displacement.LockedResidentsFled" }, Paths(curated));
        Assert.Empty(curated.Notes);
        Assert.All(curated.ToNames().Proposals, p => Assert.False(p.IsNew));
    }

    [Fact]
    public void ReorderedDocumentStillMatchesByEvidence()
    {
        var reordered = "Report\n300 residents fled to the hills.\n7 soldiers were killed near the border on Monday.\n";
        var curated = Apply(reordered, LockOf(Original, name => "Locked" + name));
        Assert.Equal(new[] { "Displacement.LockedResidentsFled", "Casualties.LockedSoldiersKilled" }, Paths(curated));
        Assert.Empty(curated.Notes);
    }

    [Fact]
    public void ChangedValueInAnEditedSentenceIsMatchedAndReported()
    {
        var edited = Original.Replace("7 soldiers were killed near the border on Monday.", "At least 8 soldiers were killed near the border on Monday night.", System.StringComparison.Ordinal);
        var curated = Apply(edited, LockOf(Original, name => "Locked" + name));
        Assert.Contains("Casualties.LockedSoldiersKilled", Paths(curated));
        var note = Assert.Single(curated.Notes);
        Assert.Equal(LockNoteKind.ValueChanged, note.Kind);
        Assert.Equal("7", note.Arguments[2]);
        Assert.Equal("8", note.Arguments[4]);
    }

    [Fact]
    public void UnrelatedNewSentenceIsNotTakenForALockedFact()
    {
        var lockFile = LockOf("Report\n7 soldiers were killed near the border on Monday.\n");
        var curated = Apply("Report\n2 farmers were killed in a flood in the south.\n", lockFile);

        Assert.Contains(curated.Notes, n => n.Kind == LockNoteKind.EvidenceMissing);
        Assert.Equal(new[] { "Casualties.FarmersKilled" }, Paths(curated));
        Assert.True(curated.ToNames().Proposals.Single().IsNew);
    }

    [Fact]
    public void LockedSentenceIsFoundAgainAfterTheParagraphIsRewrapped()
    {
        var lockFile = LockOf(Original);
        var rewrapped = Original.Replace("near the border", "near the\n  border", System.StringComparison.Ordinal);
        var curated = DocumentCuration.Apply("/d/report.txt", "report", rewrapped, RuleEngine.Extract(Original, new ExtractionOptions(), CancellationToken.None) with { Quantities = EquatableArray<QuantityFact>.Empty }, lockFile);

        Assert.All(curated.Notes, n => Assert.Equal(LockNoteKind.KeptFromLock, n.Kind));
        Assert.Equal(2, curated.Notes.Count);
    }

    [Theory]
    [InlineData("7 soldiers were killed on Monday", "7 soldiers were killed on Monday", 1.0)]
    [InlineData("Soldiers were killed", "soldiers WERE killed!", 1.0)]
    [InlineData("a b c d", "a b x y", 2.0 / 6)]
    [InlineData("", "anything", 0.0)]
    public void SentenceSimilarityIsTheShareOfCommonWords(string a, string b, double expected) =>
        Assert.Equal(expected, LockMatcher.Similarity(a, b), 6);
}
