using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Lock;

/// <summary>
/// The public surface of the SeedFacts package (every member path, type and value) as a checked-in snapshot, so a
/// change of the contract is a visible diff in review. Runs the real engine over seeds/*.txt with SeedFacts'
/// settings and its lock file (src/SeedFacts/facts.lock.json) when there is one. After an intended change:
/// FACTS_ACCEPT_SNAPSHOTS=1 dotnet test tests/FactsGenerator.Tests --filter FullyQualifiedName~SeedFactsPublicApi
/// </summary>
public class SeedFactsPublicApiTests
{
    // Mirrors src/SeedFacts/SeedFacts.csproj.
    private static readonly Dictionary<string, string> SeedFactsProperties = new()
    {
        ["build_property.RootNamespace"] = "SeedFacts",
        ["build_property.FactsNamespace"] = "SeedFacts",
        ["build_property.FactsVisibility"] = "public",
    };

    private static GeneratorResult GenerateSeedFacts()
    {
        var root = global::FactsGenerator.TestSupport.RepositoryRoot.Path;
        var inputs = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new TestDocument(f, File.ReadAllText(f))).ToList();
        var lockFile = Path.Combine(root, "src", "SeedFacts", "facts.lock.json");
        if (File.Exists(lockFile))
        {
            inputs.Add(LockHarness.LockDocument(File.ReadAllText(lockFile), lockFile));
        }

        return GeneratorHarness.Run(inputs, SeedFactsProperties);
    }

    [Fact]
    public void PublicApiMatchesTheSnapshot()
    {
        var result = GenerateSeedFacts();
        result.AssertCompiles();
        Snapshot.Verify("SeedFacts.PublicApi", Describe(LockHarness.Load(result)));
    }

    [Fact]
    public void LockFileOfSeedFactsIsValidWhenPresent()
    {
        var result = GenerateSeedFacts();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS012" or "FACTS016" or "FACTS017" or "FACTS021");
        Assert.Null(result.Exception);
    }

    [Fact]
    public void SeedFactsProjectIsWiredToItsLockFile()
    {
        var project = File.ReadAllText(Path.Combine(global::FactsGenerator.TestSupport.RepositoryRoot.Path, "src", "SeedFacts", "SeedFacts.csproj"));
        Assert.Contains("<FactsLock Include=\"facts.lock.json\" Condition=\"Exists('facts.lock.json')\" />", project);
        Assert.Contains("<FactsNamespace>SeedFacts</FactsNamespace>", project);
        Assert.Contains("<FactsVisibility>public</FactsVisibility>", project);
    }

    /// <summary>One line per public type, member and fact: "Facts.Casualties.PeacekeepersKilled: int = 4".</summary>
    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        text.Append("// Public API of the SeedFacts package: every type, member path, type and value.\n");
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsNested).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            DescribeType(text, type, type.Name);
        }

        return text.ToString();
    }

    private static void DescribeType(StringBuilder text, Type type, string path)
    {
        text.Append(path).Append(": ").Append(type.IsEnum ? "enum" : type.IsAbstract && type.IsSealed ? "static class" : "class").Append('\n');
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (var field in type.GetFields(flags).Where(f => !type.IsEnum || f.IsStatic))
        {
            lines.Add(path + "." + field.Name + ": " + Name(field.FieldType) + (field.IsStatic ? " = " + Value(field.IsLiteral ? field.GetRawConstantValue() : field.GetValue(null)) : string.Empty));
        }

        foreach (var property in type.GetProperties(flags))
        {
            var isStatic = property.GetMethod?.IsStatic == true;
            lines.Add(path + "." + property.Name + ": " + Name(property.PropertyType) + (isStatic ? " = " + Value(property.GetValue(null)) : string.Empty));
        }

        foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName && m.DeclaringType == type))
        {
            lines.Add(path + "." + method.Name + "(" + string.Join(", ", method.GetParameters().Select(p => Name(p.ParameterType))) + "): " + Name(method.ReturnType));
        }

        foreach (var constructor in type.GetConstructors())
        {
            lines.Add(path + "(" + string.Join(", ", constructor.GetParameters().Select(p => Name(p.ParameterType))) + ")");
        }

        foreach (var line in lines.OrderBy(l => l, StringComparer.Ordinal))
        {
            text.Append("  ").Append(line).Append('\n');
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            DescribeType(text, nested, path + "." + nested.Name);
        }
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        ICollection c => c.Count + " item(s)",
        _ => value.ToString() ?? string.Empty,
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(object)] = "object", [typeof(void)] = "void",
    };

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (type.IsGenericType)
        {
            return type.Name.Substring(0, type.Name.IndexOf('`')) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        return Keywords.TryGetValue(type, out var keyword) ? keyword : type.Name;
    }
}
