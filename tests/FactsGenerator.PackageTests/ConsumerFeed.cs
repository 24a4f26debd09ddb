using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FactsGenerator.TestSupport;

namespace FactsGenerator.PackageTests;

/// <summary>
/// The restore setup of the throw-away consumers: a nuget.config whose sources are the freshly packed folder plus
/// the repository's own feeds, and a private packages cache, so a package of the same version left in the
/// global cache by an earlier run can never stand in for the one just packed.
/// </summary>
public static class ConsumerFeed
{
    public const string LocalSourceKey = "freshly-packed";

    /// <summary>Writes nuget.config to <paramref name="folder"/>; every project below that folder restores through it.</summary>
    public static void WriteNuGetConfig(string folder, string packagesFolder, string packagesCache)
    {
        var repositoryConfig = XDocument.Load(RepositoryRoot.Combine("nuget.config"));
        var repositorySources = repositoryConfig.Root?.Element("packageSources")?.Elements("add").Select(ResolvedSource).ToList() ?? [];

        var sources = new XElement("packageSources",
            new XElement("clear"),
            new XElement("add", new XAttribute("key", LocalSourceKey), new XAttribute("value", packagesFolder)),
            repositorySources);
        var configuration = new XElement("configuration",
            sources,
            new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", packagesCache))));

        // With source mapping, NuGet takes a package only from a source mapped to it: map ours to the fresh folder.
        if (repositoryConfig.Root?.Element("packageSourceMapping") is { } mapping)
        {
            var copy = new XElement(mapping);
            copy.AddFirst(new XElement("packageSource", new XAttribute("key", LocalSourceKey),
                new XElement("package", new XAttribute("pattern", "FactsGenerator")),
                new XElement("package", new XAttribute("pattern", "SeedFacts"))));
            configuration.Add(copy);
        }

        new XDocument(configuration).Save(Path.Combine(folder, "nuget.config"));
    }

    /// <summary>A repository source with a relative folder path made absolute, so it still works from the temporary folder.</summary>
    private static XElement ResolvedSource(XElement add)
    {
        var copy = new XElement(add);
        var value = (string?)copy.Attribute("value");
        if (value is not null && !Uri.TryCreate(value, UriKind.Absolute, out _) && !Path.IsPathRooted(value))
        {
            copy.SetAttributeValue("value", Path.GetFullPath(Path.Combine(RepositoryRoot.Path, value)));
        }

        return copy;
    }
}
