using System;
using System.IO;
using System.Linq;
using FactsGenerator.Diagnostics;

namespace FactsGenerator.Tests;

public class DiagnosticDescriptorTests
{
    private static string RepositoryFile(params string[] parts) => File.ReadAllText(global::FactsGenerator.TestSupport.RepositoryRoot.Combine(parts));

    [Fact]
    public void IdsAreUniqueAndPrefixed()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^FACTS[0-9]{3}$", id));
    }

    [Fact]
    public void EveryDescriptorIsReleaseTrackedDocumentedAndExplained()
    {
        var tracked = RepositoryFile("src", "FactsGenerator", "AnalyzerReleases.Shipped.md") + RepositoryFile("src", "FactsGenerator", "AnalyzerReleases.Unshipped.md");
        var docs = RepositoryFile("docs", "diagnostics.md");
        var readme = RepositoryFile("README.md");
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains(descriptor.Id + " |", tracked);
            Assert.Contains("id=\"" + descriptor.Id.ToLowerInvariant() + "\"", docs);
            Assert.Contains("| " + descriptor.Id + " |", readme);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)), descriptor.Id + " has no help text");
            Assert.Equal(DiagnosticDescriptors.Category, descriptor.Category);
        }
    }
}
