using System;
using System.Collections.Generic;
using System.IO;

namespace FactsGenerator.Cli;

/// <summary>A command's arguments: paths, options with a value, and flags.</summary>
internal sealed class CommandArguments
{
    public List<string> Paths { get; } = new();

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);

    public string? Value(string option) => Values.TryGetValue(option, out var value) ? value : null;
}

/// <summary>Parses "--option value", "--flag" and paths the same way for every command, with the same usage errors.</summary>
internal static class CommandLine
{
    /// <summary>The arguments, or null after writing a usage error to <paramref name="stderr"/>.</summary>
    public static CommandArguments? Parse(string[] args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags, TextWriter stderr)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (Contains(valueOptions, arg))
            {
                if (i + 1 >= args.Length)
                {
                    stderr.WriteLine($"error: {arg} needs a value.");
                    return null;
                }

                parsed.Values[arg] = args[++i];
            }
            else if (Contains(flags, arg))
            {
                parsed.Flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                stderr.WriteLine($"error: unknown option '{arg}'.");
                stderr.Write(Usage.Text);
                return null;
            }
            else
            {
                parsed.Paths.Add(arg);
            }
        }

        return parsed;
    }

    private static bool Contains(IReadOnlyCollection<string> options, string arg)
    {
        foreach (var option in options)
        {
            if (string.Equals(option, arg, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
