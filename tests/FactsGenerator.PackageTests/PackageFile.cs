using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace FactsGenerator.PackageTests;

/// <summary>A .nupkg read as the zip it is: its entries and the id and version from its nuspec.</summary>
public sealed class PackageFile
{
    private PackageFile(string path, string id, string version, IReadOnlyList<string> entries)
    {
        Path = path;
        Id = id;
        Version = version;
        Entries = entries;
    }

    public string Path { get; }

    public string Id { get; }

    public string Version { get; }

    /// <summary>Every file in the package, with forward slashes as NuGet writes them.</summary>
    public IReadOnlyList<string> Entries { get; }

    public static PackageFile Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(entry => entry.FullName.Replace('\\', '/')).ToList();
        var nuspecEntry = zip.Entries.SingleOrDefault(entry => !entry.FullName.Contains('/') && entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException(path + " has no .nuspec at its root. Entries: " + string.Join(", ", entries));

        using var stream = nuspecEntry.Open();
        var metadata = XDocument.Load(stream).Root?.Elements().SingleOrDefault(e => e.Name.LocalName == "metadata")
            ?? throw new InvalidDataException(path + ": the nuspec has no metadata element.");
        string Read(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value
            ?? throw new InvalidDataException(path + ": the nuspec has no " + name + ".");

        return new PackageFile(path, Read("id"), Read("version"), entries);
    }

    /// <summary>The entries of <paramref name="expected"/> that the package lacks (compared ignoring case, as NuGet does).</summary>
    public IReadOnlyList<string> Missing(IEnumerable<string> expected) =>
        expected.Where(file => !Entries.Contains(file, StringComparer.OrdinalIgnoreCase)).ToList();
}
