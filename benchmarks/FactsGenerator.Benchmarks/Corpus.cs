using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// The real articles the benchmarks run on, read from a folder of .txt files (by default the shared wikinews
/// corpus). The folder travels to BenchmarkDotNet's child processes in an environment variable.
/// </summary>
internal sealed class Corpus
{
    public const string EnvironmentVariable = "FACTS_BENCH_CORPUS";

    private Corpus(string folder, IReadOnlyList<Article> articles)
    {
        Folder = folder;
        Articles = articles;
        Utf8Bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
    }

    public string Folder { get; }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The size of the corpus as UTF-8, the unit of the MB/s and bytes-per-MB figures (1 MB = 1,000,000 bytes).</summary>
    public long Utf8Bytes { get; }

    public double Megabytes => Utf8Bytes / 1_000_000.0;

    public static Corpus Load()
    {
        var folder = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrEmpty(folder))
        {
            folder = DefaultFolder() ?? throw new InvalidOperationException(
                $"No corpus folder: pass --corpus DIR or set {EnvironmentVariable}.");
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{folder}' does not exist.");
        }

        // Ordinal order, so every run and every machine sees the same documents in the same order.
        var articles = Directory.GetFiles(folder, "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new Article(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();
        if (articles.Count == 0)
        {
            throw new InvalidOperationException($"The corpus folder '{folder}' holds no .txt files.");
        }

        return new Corpus(Path.GetFullPath(folder), articles);
    }

    /// <summary><c>&lt;repo&gt;/../shared/corpus/wikinews</c>, found by walking up to the folder holding FactsGenerator.sln.</summary>
    public static string? DefaultFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactsGenerator.sln")))
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "corpus", "wikinews");
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="count"/> documents of about 5 KB: the articles in order, repeated as often as needed. Each
    /// copy gets its own file name, so repeated articles differ in name (not in content) like distinct files would.
    /// </summary>
    public IReadOnlyList<Article> Documents(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Article($"{i:D5}-{Articles[i % Articles.Count].Name}", Articles[i % Articles.Count].Text))
            .ToList();
}

/// <summary>One document: its file name and its text.</summary>
internal sealed record Article(string Name, string Text);
