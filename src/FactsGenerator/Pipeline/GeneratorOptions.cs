using System;
using System.Collections.Generic;
using System.Globalization;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactsGenerator.Pipeline;

/// <summary>The project-wide settings (MSBuild properties), validated; invalid values fall back to defaults with a diagnostic.</summary>
internal sealed record GeneratorOptions(string Namespace, string ClassName, string Visibility, int MaxDocumentSize, EquatableArray<DiagnosticInfo> Problems)
{
    public const string DefaultClassName = "Facts";

    public static GeneratorOptions Default { get; } = new(string.Empty, DefaultClassName, "internal", ExtractionOptions.DefaultMaxCharacters, EquatableArray<DiagnosticInfo>.Empty);

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var problems = new List<DiagnosticInfo>();
        var ns = Read(options, "FactsNamespace") ?? Read(options, "RootNamespace") ?? string.Empty;
        if (!IsValidNamespace(ns))
        {
            problems.Add(Problem($"FactsNamespace '{ns}' is not a valid C# namespace; the global namespace is used"));
            ns = string.Empty;
        }

        var className = Read(options, "FactsClassName") ?? DefaultClassName;
        if (Identifier.MakeValid(className) != className)
        {
            problems.Add(Problem($"FactsClassName '{className}' is not a valid C# identifier; '{DefaultClassName}' is used"));
            className = DefaultClassName;
        }

        var visibility = (Read(options, "FactsVisibility") ?? "internal").ToLowerInvariant();
        if (visibility is not ("internal" or "public"))
        {
            problems.Add(Problem($"FactsVisibility '{visibility}' must be 'internal' or 'public'; 'internal' is used"));
            visibility = "internal";
        }

        var maxSize = ExtractionOptions.DefaultMaxCharacters;
        var maxText = Read(options, "FactsMaxDocumentSize");
        if (maxText is not null && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxSize) || maxSize <= 0))
        {
            problems.Add(Problem($"FactsMaxDocumentSize '{maxText}' must be a positive number of characters; {ExtractionOptions.DefaultMaxCharacters} is used"));
            maxSize = ExtractionOptions.DefaultMaxCharacters;
        }

        return new GeneratorOptions(ns, className, visibility, maxSize, problems.ToEquatableArray());
    }

    private static DiagnosticInfo Problem(string message) => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidConfiguration, null, message);

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValidNamespace(string ns)
    {
        if (ns.Length == 0)
        {
            return true;
        }

        foreach (var part in ns.Split('.'))
        {
            if (part.Length == 0 || Identifier.MakeValid(part) != part)
            {
                return false;
            }
        }

        return true;
    }
}
