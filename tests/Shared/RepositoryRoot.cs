using System;
using System.IO;

namespace FactsGenerator.TestSupport;

/// <summary>Finds the repository (the folder holding FactsGenerator.sln) by walking up from the test assembly.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFileName = "FactsGenerator.sln";

    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFileName} found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
