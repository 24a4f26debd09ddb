using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactsGenerator.TestSupport;

namespace FactsGenerator.PackageTests;

/// <summary>
/// Packs FactsGenerator and SeedFacts once (Release, as they ship) into a fresh temporary folder that also holds
/// the consumers' restore setup; everything is deleted afterwards.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "factsgenerator-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        PackagesFolder = Path.Combine(Root, "packages");
        PackagesCache = Path.Combine(Root, "nuget-cache");
        try
        {
            Directory.CreateDirectory(PackagesFolder);
            Directory.CreateDirectory(PackagesCache);
            WriteBuildIsolation(Root);
            ConsumerFeed.WriteNuGetConfig(Root, PackagesFolder, PackagesCache);

            Generator = Pack("src/FactsGenerator/FactsGenerator.csproj", "FactsGenerator");
            SeedFacts = Pack("src/SeedFacts/SeedFacts.csproj", "SeedFacts");
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor threw.
            Dispose();
            throw;
        }
    }

    /// <summary>The temporary folder: packages, the private cache, nuget.config and the consumers.</summary>
    public string Root { get; }

    public string PackagesFolder { get; }

    public string PackagesCache { get; }

    public PackageFile Generator { get; }

    public PackageFile SeedFacts { get; }

    /// <summary>Variables for the consumers' commands: restore only into the private cache.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesCache };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; never fail a test run over it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private PackageFile Pack(string project, string packageId)
    {
        var result = DotnetCommand.Run(RepositoryRoot.Path, CommandTimeout, environment: null,
            "pack", project, "-c", "Release", "-o", PackagesFolder, "--disable-build-servers");
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Packing " + project + " failed." + Environment.NewLine + result.Describe());
        }

        var packages = Directory.GetFiles(PackagesFolder, "*.nupkg").Select(PackageFile.Open).Where(p => p.Id == packageId).ToList();
        if (packages.Count != 1)
        {
            throw new InvalidOperationException($"Expected one {packageId} package in {PackagesFolder}, found {packages.Count}: "
                + string.Join(", ", Directory.GetFiles(PackagesFolder).Select(Path.GetFileName)) + Environment.NewLine + result.Describe());
        }

        return packages[0];
    }

    /// <summary>Empty Directory.Build.* and Directory.Packages.props stop MSBuild from importing anything above the temporary folder.</summary>
    private static void WriteBuildIsolation(string folder)
    {
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(folder, name), "<Project />" + Environment.NewLine);
        }
    }
}

/// <summary>All package tests share one packing: xunit runs them one after another with the same fixture.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
