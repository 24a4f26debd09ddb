using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FactsGenerator.Cli;

/// <summary>A document read from disk.</summary>
internal sealed record InputDocument(string Path, string Name, string Text);

/// <summary>Resolves the command line's paths (files or folders) to documents, with clear errors.</summary>
internal static class InputDocuments
{
    private static readonly string[] DocumentExtensions = { ".txt", ".md", ".text" };

    public static List<string> ExpandPaths(IReadOnlyList<string> paths, List<string> errors)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(Path.GetFullPath)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    errors.Add($"error: the folder '{path}' contains no documents ({string.Join(", ", DocumentExtensions)}).");
                }

                files.AddRange(found);
            }
            else
            {
                errors.Add($"error: '{path}' does not exist.");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The usage error exit code for a missing document or a malformed --published value; null when both are fine.</summary>
    public static int? CheckArguments(IReadOnlyList<string> paths, string? published, TextWriter stderr)
    {
        if (published is not null && !PublishedDate.IsValid(published))
        {
            stderr.WriteLine($"error: --published must be a date as yyyy-MM-dd, not '{published}'.");
            return ExitCodes.Usage;
        }

        if (paths.Count == 0)
        {
            stderr.WriteLine("error: no document given.");
            stderr.Write(Usage.Text);
            return ExitCodes.Usage;
        }

        return null;
    }

    /// <summary>Every readable document under the paths; problems go to <paramref name="errors"/>.</summary>
    public static List<InputDocument> ReadAll(IReadOnlyList<string> paths, List<string> errors) =>
        ExpandPaths(paths, errors).Select(f => Read(f, errors)).Where(d => d is not null).Select(d => d!).ToList();

    public static InputDocument? Read(string path, List<string> errors)
    {
        try
        {
            return new InputDocument(path, Path.GetFileNameWithoutExtension(path), Decode(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"error: cannot read '{path}': {e.Message}");
            return null;
        }
    }

    /// <summary>UTF-8 unless a byte order mark says otherwise; invalid bytes become U+FFFD (the engine then reports the document as not text).</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
