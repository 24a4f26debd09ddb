namespace FactsGenerator.PackageTests;

/// <summary>The packages hold what their consumers need, where NuGet and the compiler look for it.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageLayoutTests(PackedPackages packages)
{
    [Fact]
    public void GeneratorPackageHoldsGeneratorEngineAndMSBuildFiles()
    {
        var missing = packages.Generator.Missing(
        [
            "analyzers/dotnet/cs/FactsGenerator.dll",
            "analyzers/dotnet/cs/FactsGenerator.Extraction.dll",
            "build/FactsGenerator.props",
            "build/FactsGenerator.targets",
        ]);

        Assert.True(missing.Count == 0, packages.Generator.Path + " lacks " + string.Join(", ", missing)
            + ". It holds: " + string.Join(", ", packages.Generator.Entries));
    }

    [Fact]
    public void SeedFactsPackageHoldsLibraryAndDocumentationForEveryTarget()
    {
        var missing = packages.SeedFacts.Missing(
        [
            "lib/netstandard2.0/SeedFacts.dll",
            "lib/netstandard2.0/SeedFacts.xml",
            "lib/net8.0/SeedFacts.dll",
        ]);

        Assert.True(missing.Count == 0, packages.SeedFacts.Path + " lacks " + string.Join(", ", missing)
            + ". It holds: " + string.Join(", ", packages.SeedFacts.Entries));
    }
}
