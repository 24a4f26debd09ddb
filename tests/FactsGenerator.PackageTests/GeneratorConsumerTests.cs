using System;
using System.Linq;

namespace FactsGenerator.PackageTests;

/// <summary>
/// A program that references the FactsGenerator package and declares a FactSource gets a fact library generated
/// at build time: the package's props/targets map the item and its metadata, its analyzers folder runs the generator.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class GeneratorConsumerTests(PackedPackages packages)
{
    private const string Article = """
        Storm closes the harbour at Port Harwick

        A winter storm forced the harbour authority of Port Harwick to close the port on Friday, leaving 12 cargo ships waiting offshore.
        The harbour master, Elena Vasquez, said the closure would last at least two days. "We will not risk a single crew," she said.
        About 300 dock workers were sent home.
        """;

    private const string Program = """
        using HarbourConsumer;

        System.Console.WriteLine("Sources: " + Facts.Sources.All.Count);
        System.Console.WriteLine("Document: " + Facts.Sources.HarbourStorm.Document);
        System.Console.WriteLine("Title: " + Facts.Sources.HarbourStorm.Title);
        System.Console.WriteLine("Published: " + Facts.Sources.HarbourStorm.Published);
        System.Console.WriteLine("Visibility: " + (typeof(Facts).IsPublic ? "public" : "internal"));
        """;

    [Fact]
    public void ConsumerOfGeneratorPackageGetsFactsFromItsFactSource()
    {
        var run = new ConsumerProject(packages, "HarbourConsumer")
            .ReferencePackage(packages.Generator)
            .AddProjectItem("""<FactSource Include="harbour-storm.txt" Title="Harbour closed by winter storm" Published="2025-03-14" />""")
            .AddFile("harbour-storm.txt", Article)
            .AddFile("Program.cs", Program)
            .BuildAndRun();

        Assert.True(run.Succeeded, run.Describe());
        string[] expected =
        [
            "Sources: 1",
            "Document: harbour-storm.txt",
            "Title: Harbour closed by winter storm",
            "Published: 2025-03-14",
            "Visibility: internal",
        ];
        Assert.True(run.OutputLines.SequenceEqual(expected),
            "Expected the program to print:" + Environment.NewLine + string.Join(Environment.NewLine, expected) + Environment.NewLine + run.Describe());
    }
}
