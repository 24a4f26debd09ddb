using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactsGenerator.Diagnostics;
using FactsGenerator.Extraction.Library.Lock;

namespace FactsGenerator.Cli;

/// <summary>
/// <c>facts lock PATH... [--lock FILE] [--check] [--published yyyy-MM-dd]</c>: writes or updates the lock file
/// from the documents as the generator sees them now (existing pins and curation applied), or with --check
/// only reports the drift and fails when there is any (for CI).
/// </summary>
internal static class LockCommand
{
    public const int Drift = 1;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (CommandLine.Parse(args, new[] { "--lock", "--published" }, new[] { "--check" }, stderr) is not { } parsed)
        {
            return ExitCodes.Usage;
        }

        var paths = parsed.Paths;
        var lockPath = parsed.Value("--lock") ?? LockFiles.DefaultName;
        var check = parsed.Flags.Contains("--check");
        var published = parsed.Value("--published");

        if (InputDocuments.CheckArguments(paths, published, stderr) is { } usageError)
        {
            return usageError;
        }

        var errors = new List<string>();
        var inputs = InputDocuments.ReadAll(paths, errors);
        var previous = File.Exists(lockPath) ? LockFiles.Read(lockPath, errors) : null;
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine(error);
            }

            stderr.WriteLine("error: nothing was written; fix the problems above first.");
            return ExitCodes.Failure;
        }

        var library = ExtractedDocument.Build(inputs, published, previous);
        ReportFindings(library, stderr);
        var fresh = LockBuilder.Build(Path.GetFullPath(lockPath), library.Curated, library.Resolved, previous);
        var changes = LockDiff.Compare(previous, fresh);
        foreach (var change in changes)
        {
            stdout.WriteLine(change.ToString());
        }

        if (check)
        {
            if (changes.Count == 0 && previous is not null)
            {
                stdout.WriteLine($"{lockPath} is up to date ({fresh.Facts.Count} fact(s)).");
                return ExitCodes.Success;
            }

            stderr.WriteLine(previous is null
                ? $"error: there is no lock file {lockPath}; run 'facts lock' to create it."
                : $"error: {lockPath} is out of date ({changes.Count} change(s)); run 'facts lock' with the same documents to update it.");
            return Drift;
        }

        var text = LockFileWriter.Write(fresh);
        if (!File.Exists(lockPath) || File.ReadAllText(lockPath) != text)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(lockPath));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(lockPath, text);
        }

        stdout.WriteLine($"wrote {lockPath}: {fresh.Facts.Count} fact(s), {Count(changes, LockChangeKind.Added)} added, {Count(changes, LockChangeKind.Removed)} removed, {Count(changes, LockChangeKind.Changed)} changed.");
        return ExitCodes.Success;
    }

    /// <summary>The generator's own diagnostics for what the lock file and curation found (lost evidence, changed values...).</summary>
    public static void ReportFindings(LibraryResult library, TextWriter stderr)
    {
        foreach (var note in library.Curated.SelectMany(c => c.Notes))
        {
            stderr.WriteLine(LockDiagnostics.From(note).ToDiagnostic().ToString());
        }

        foreach (var note in library.Resolved.SelectMany(r => r.Notes).Where(n => n.Kind == Extraction.Library.NamingNoteKind.Conflict))
        {
            stderr.WriteLine(NamingDiagnostics.From(note).ToDiagnostic().ToString());
        }
    }

    private static int Count(List<LockChange> changes, LockChangeKind kind) => changes.Count(c => c.Kind == kind);
}
