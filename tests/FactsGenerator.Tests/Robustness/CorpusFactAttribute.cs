using System;
using System.IO;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// A fact over the shared article corpus, <c>&lt;repo&gt;/../shared/corpus/wikinews</c>. Where that folder does
/// not exist (a fresh clone), the test is reported as skipped with the path it looked for.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Folder is null)
        {
            Skip = "The shared corpus (<repo>/../shared/corpus/wikinews) is not present next to this repository.";
        }
    }

    /// <summary>The corpus folder, or null when the repository has no corpus beside it.</summary>
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        var corpus = Path.GetFullPath(Path.Combine(global::FactsGenerator.TestSupport.RepositoryRoot.Path, "..", "shared", "corpus", "wikinews"));
        return Directory.Exists(corpus) ? corpus : null;
    }
}
