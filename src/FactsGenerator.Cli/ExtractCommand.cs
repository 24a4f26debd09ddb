using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactsGenerator.Cli;

/// <summary><c>facts extract PATH... [--format table|json|csharp] [--out DIR]</c>.</summary>
internal static class ExtractCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (CommandLine.Parse(args, new[] { "--format", "--out", "--published", "--namespace", "--lock" }, Array.Empty<string>(), stderr) is not { } parsed)
        {
            return ExitCodes.Usage;
        }

        var paths = parsed.Paths;
        var format = parsed.Value("--format") ?? "table";
        var outDir = parsed.Value("--out");
        var published = parsed.Value("--published");
        var factsNamespace = parsed.Value("--namespace");
        var lockPath = parsed.Value("--lock");
        if (format is not ("table" or "json" or "csharp"))
        {
            stderr.WriteLine($"error: unknown format '{format}' (use table, json or csharp).");
            return ExitCodes.Usage;
        }

        if (InputDocuments.CheckArguments(paths, published, stderr) is { } usageError)
        {
            return usageError;
        }

        var errors = new List<string>();
        var inputs = InputDocuments.ReadAll(paths, errors);
        var lockFile = lockPath is null ? null : LockFiles.Read(lockPath, errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        if (lockPath is not null && lockFile is null)
        {
            return ExitCodes.Failure;
        }

        if (inputs.Count == 0)
        {
            stderr.WriteLine("error: nothing to extract.");
            return ExitCodes.Failure;
        }

        var outputs = format == "csharp"
            ? CSharpPreview.Generate(inputs, published, stderr, factsNamespace, lockPath)
            : ExtractedDocument.ExtractAll(inputs, published, lockFile)
                .Select(d => (FileName: d.Input.Name + (format == "json" ? ".json" : ".txt"), Text: format == "json" ? JsonFormatter.Format(d) : TableFormatter.Format(d)))
                .ToList();

        if (outDir is null)
        {
            foreach (var (_, text) in outputs)
            {
                stdout.Write(text);
            }
        }
        else
        {
            Directory.CreateDirectory(outDir);
            foreach (var (fileName, text) in outputs)
            {
                File.WriteAllText(Path.Combine(outDir, fileName), text);
            }

            stderr.WriteLine($"wrote {outputs.Count} file(s) to {outDir}");
        }

        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}

internal static class PublishedDate
{
    public static bool IsValid(string value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
