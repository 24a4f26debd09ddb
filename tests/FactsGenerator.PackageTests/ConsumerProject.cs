using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FactsGenerator.PackageTests;

/// <summary>
/// A throw-away net10.0 console app under the packed-packages folder that references packages only (no project
/// references), built with `dotnet build` and run with `dotnet run`.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackedPackages _packages;
    private readonly string _name;
    private readonly List<string> _projectItems = [];
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public ConsumerProject(PackedPackages packages, string name)
    {
        _packages = packages;
        _name = name;
    }

    public string Folder => Path.Combine(_packages.Root, "consumers", _name);

    public ConsumerProject ReferencePackage(PackageFile package) =>
        AddProjectItem($"<PackageReference Include=\"{package.Id}\" Version=\"[{package.Version}]\" />");

    /// <summary>Adds an item element (for example a FactSource) to the project file.</summary>
    public ConsumerProject AddProjectItem(string itemXml)
    {
        _projectItems.Add(itemXml);
        return this;
    }

    public ConsumerProject AddFile(string relativePath, string content)
    {
        _files[relativePath] = content;
        return this;
    }

    /// <summary>Writes the project, builds it and, when the build succeeds, runs it.</summary>
    public ConsumerRun BuildAndRun()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, _name + ".csproj"), ProjectFile());
        foreach (var (relativePath, content) in _files)
        {
            File.WriteAllText(Path.Combine(Folder, relativePath), content);
        }

        var build = DotnetCommand.Run(Folder, PackedPackages.CommandTimeout, _packages.ConsumerEnvironment, "build", "--disable-build-servers");
        return build.Succeeded
            ? new ConsumerRun(build, DotnetCommand.Run(Folder, PackedPackages.CommandTimeout, _packages.ConsumerEnvironment, "run", "--no-build"))
            : new ConsumerRun(build, null);
    }

    private string ProjectFile() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <RestorePackagesPath>{_packages.PackagesCache}</RestorePackagesPath>
          </PropertyGroup>
          <ItemGroup>
        {string.Join(Environment.NewLine, _projectItems.Select(item => "    " + item))}
          </ItemGroup>
        </Project>
        """;
}
