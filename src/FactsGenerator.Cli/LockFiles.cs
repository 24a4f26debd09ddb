using System;
using System.Collections.Generic;
using System.IO;
using FactsGenerator.Extraction.Library.Lock;

namespace FactsGenerator.Cli;

/// <summary>Reads a lock file from disk with the generator's reader; problems become error lines.</summary>
internal static class LockFiles
{
    public const string DefaultName = "facts.lock.json";

    /// <summary>The lock file, or null with errors when it is missing or broken (a broken lock is never overwritten silently).</summary>
    public static LockFile? Read(string path, List<string> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"error: cannot read the lock file '{path}': {e.Message}");
            return null;
        }

        if (text.Trim().Length == 0)
        {
            return LockFile.Empty(Path.GetFullPath(path));
        }

        var parse = LockFileReader.Read(Path.GetFullPath(path), text);
        foreach (var problem in parse.Problems)
        {
            errors.Add($"{path}({problem.At.Line},{problem.At.Column}): error FACTS016: {problem.Message}");
        }

        return parse.Problems.Count == 0 ? parse.File : null;
    }
}
