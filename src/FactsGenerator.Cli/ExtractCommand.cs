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
        var paths = new List<string>();
        var format = "table";
        string? outDir = null;
        string? published = null;
        string? factsNamespace = null;
        string? lockPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--format" or "--out" or "--published" or "--namespace" or "--lock")
            {
                if (i + 1 >= args.Length)
                {
                    stderr.WriteLine($"error: {arg} needs a value.");
                    return ExitCodes.Usage;
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--format": format = value; break;
                    case "--out": outDir = value; break;
                    case "--namespace": factsNamespace = value; break;
                    case "--lock": lockPath = value; break;
                    default: published = value; break;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"error: unknown option '{arg}'.");
                stderr.Write(Usage.Text);
                return ExitCodes.Usage;
            }
            else
            {
                paths.Add(arg);
            }
        }

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
