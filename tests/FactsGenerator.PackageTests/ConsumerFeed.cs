using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FactsGenerator.TestSupport;

namespace FactsGenerator.PackageTests;

/// <summary>
/// The restore setup of the throw-away consumers: a nuget.config whose sources are the freshly packed folder plus
/// the repository's own feeds, with the packed ids mapped to that folder alone, and a private packages cache, so
/// neither a package of the same version left in the global cache by an earlier run nor one on a remote feed can
/// stand in for the one just packed.
/// </summary>
public static class ConsumerFeed
{
    public const string LocalSourceKey = "freshly-packed";

    /// <summary>The ids of the packages the tests pack; restore takes them from the fresh folder only.</summary>
    public static readonly string[] PackedIds = ["FactsGenerator", "SeedFacts"];

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

        configuration.Add(SourceMapping(repositoryConfig.Root?.Element("packageSourceMapping"), repositorySources));
        new XDocument(configuration).Save(Path.Combine(folder, "nuget.config"));
    }

    /// <summary>
    /// Maps the packed package ids to the fresh folder only, so a package of the same id and version on a remote
    /// feed can never be taken instead; everything else comes from the repository's feeds, through the repository's
    /// own mapping when it has one.
    /// </summary>
    private static XElement SourceMapping(XElement? repositoryMapping, IEnumerable<XElement> repositorySources)
    {
        var mapping = repositoryMapping is null
            ? new XElement("packageSourceMapping", repositorySources.Select(source =>
                new XElement("packageSource", new XAttribute("key", (string?)source.Attribute("key") ?? string.Empty),
                    new XElement("package", new XAttribute("pattern", "*")))))
            : new XElement(repositoryMapping);
        mapping.AddFirst(new XElement("packageSource", new XAttribute("key", LocalSourceKey),
            PackedIds.Select(id => new XElement("package", new XAttribute("pattern", id)))));
        return mapping;
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
