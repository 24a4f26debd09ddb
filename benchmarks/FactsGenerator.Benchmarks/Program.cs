using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Running;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// dotnet run -c Release --project benchmarks/FactsGenerator.Benchmarks -- [--corpus DIR] [report | BenchmarkDotNet arguments]
/// See docs/benchmarks.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var forwarded = new List<string>();
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length)
            {
                folder = args[++i];
            }
            else
            {
                forwarded.Add(args[i]);
            }
        }

        folder ??= Environment.GetEnvironmentVariable(Corpus.EnvironmentVariable) ?? Corpus.DefaultFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"Corpus folder not found ('{folder}'). Pass --corpus DIR, a folder of .txt articles.");
            return 2;
        }

        // BenchmarkDotNet runs each benchmark in a child process, which inherits this variable.
        Environment.SetEnvironmentVariable(Corpus.EnvironmentVariable, Path.GetFullPath(folder));
        if (forwarded.Count > 0 && forwarded[0] == "report")
        {
            SizeReport.Print(Corpus.Load());
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(forwarded.ToArray());
        return 0;
    }
}
