using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactsGenerator.Pipeline;

/// <summary>
/// One FactSource document as plain data: path, identity, metadata and the full text. The text takes part in
/// equality, so an edit re-runs extraction and an untouched file stays cached.
/// </summary>
internal sealed record DocumentInput(string Path, string Name, string? Published, string? Title, string? Text, EquatableArray<DiagnosticInfo> Problems)
{
    /// <summary>Null when the additional file is not a FactSource.</summary>
    public static DocumentInput? TryCreate(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue("build_metadata.AdditionalFiles.FactsGenerator_Source", out var marker)
            || !string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var problems = new List<DiagnosticInfo>();
        var published = Metadata(options, "Published");
        if (published is not null && !DateTime.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidConfiguration, LocationInfo.StartOf(file.Path),
                $"The Published metadata '{published}' of '{System.IO.Path.GetFileName(file.Path)}' is not a date as yyyy-MM-dd; it is ignored"));
            published = null;
        }

        var name = Metadata(options, "Name") ?? System.IO.Path.GetFileNameWithoutExtension(file.Path);
        var text = file.GetText(cancellationToken)?.ToString();
        return new DocumentInput(file.Path, name, published, Metadata(options, "Title"), text, problems.ToEquatableArray());
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string FileName => System.IO.Path.GetFileName(Path);
}
