using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGenerator.Tests.Infrastructure;

/// <summary>An in-memory additional file with its item metadata (FactSource marker, Published, Title, Name).</summary>
public sealed class TestDocument : AdditionalText
{
    private readonly SourceText? text;

    public TestDocument(string path, string? content, bool isFactSource = true, string? published = null, string? title = null, string? name = null)
    {
        Path = path;
        text = content is null ? null : SourceText.From(content);
        Metadata = new Dictionary<string, string>();
        if (isFactSource)
        {
            Metadata["build_metadata.AdditionalFiles.FactsGenerator_Source"] = "true";
        }

        if (published is not null)
        {
            Metadata["build_metadata.AdditionalFiles.Published"] = published;
        }

        if (title is not null)
        {
            Metadata["build_metadata.AdditionalFiles.Title"] = title;
        }

        if (name is not null)
        {
            Metadata["build_metadata.AdditionalFiles.Name"] = name;
        }
    }

    public override string Path { get; }

    public Dictionary<string, string> Metadata { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>The same document with new content (a new object, as the IDE creates on an edit).</summary>
    public TestDocument WithText(string content)
    {
        var copy = new TestDocument(Path, content, isFactSource: false);
        foreach (var pair in Metadata)
        {
            copy.Metadata[pair.Key] = pair.Value;
        }

        return copy;
    }
}
