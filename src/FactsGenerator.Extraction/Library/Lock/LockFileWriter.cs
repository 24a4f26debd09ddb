using System;
using System.Linq;
using FactsGenerator.Extraction.Library.Json;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>Writes a lock file deterministically: entries sorted by document, member and evidence; curation rules in their own order.</summary>
public static class LockFileWriter
{
    public static string Write(LockFile file)
    {
        var json = new JsonWriter().StartObject();
        json.Number("version", file.Version);
        json.StartArray("facts");
        foreach (var entry in Sorted(file))
        {
            json.StartObject();
            json.String("member", entry.Member);
            json.String("type", entry.Type);
            json.String("document", entry.Document);
            WriteSpec(json, entry.Fact);
            if (entry.ConflictOf is not null)
            {
                json.String("conflict", entry.ConflictOf);
            }

            if (entry.Excluded)
            {
                json.Boolean("excluded", true);
            }

            json.EndObject();
        }

        json.EndArray();
        json.StartArray("curation");
        foreach (var rule in file.Curation)
        {
            json.StartObject();
            json.String("action", rule.Action switch
            {
                CurationAction.Rename => "rename",
                CurationAction.Exclude => "exclude",
                CurationAction.Recategorize => "recategorize",
                _ => "add",
            });
            json.String("member", rule.Member);
            if (rule.Document is not null)
            {
                json.String("document", rule.Document);
            }

            if (rule.To is not null)
            {
                json.String("to", rule.To);
            }

            if (rule.Category is not null)
            {
                json.String("category", rule.Category);
            }

            if (rule.Fact is not null)
            {
                WriteSpec(json, rule.Fact);
            }

            json.EndObject();
        }

        json.EndArray();
        return json.EndObject().ToString();
    }

    /// <summary>The entries in the order the file lists them.</summary>
    public static IOrderedEnumerable<LockEntry> Sorted(LockFile file) => file.Facts
        .OrderBy(e => e.Document, StringComparer.Ordinal)
        .ThenBy(e => e.Member, StringComparer.Ordinal)
        .ThenBy(e => e.Fact.Sentence, StringComparer.Ordinal)
        .ThenBy(e => e.Fact.Evidence, StringComparer.Ordinal);

    private static void WriteSpec(JsonWriter json, FactSpec spec)
    {
        json.String("kind", FactKinds.ToName(spec.Kind));
        if (spec.Kind == FactKind.Quantity)
        {
            if (FactValues.ParseNumber(spec.Value) is { } value)
            {
                json.Number("value", value);
            }
            else
            {
                json.Null("value");
            }

            if (FactValues.ParseNumber(spec.Upper) is { } upper)
            {
                json.Number("upper", upper);
            }
        }
        else
        {
            json.String("value", spec.Value);
        }

        Optional(json, "qualifier", spec.Qualifier);
        Optional(json, "unit", spec.Unit);
        Optional(json, "about", spec.About);
        Optional(json, "speaker", spec.Speaker);
        json.String("evidence", spec.Evidence);
        if (spec.Sentence.Length > 0)
        {
            json.String("sentence", spec.Sentence);
        }
    }

    private static void Optional(JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.String(name, value);
        }
    }
}
