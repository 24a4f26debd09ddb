using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Cli;

/// <summary>Writes one document's facts in the evaluation corpus's gold-file shape, plus member names and evidence positions.</summary>
internal static class JsonFormatter
{
    public static string Format(ExtractedDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var facts = document.Facts;
            json.WriteStartObject();
            json.WriteString("document", Path.GetFileName(document.Input.Path));
            json.WriteString("title", facts.Title);
            WriteNullable(json, "published", facts.Published);
            json.WriteNumber("word_count", facts.WordCount);
            json.WriteString("source", document.Names.SourceMember);

            json.WriteStartArray("people");
            for (var i = 0; i < facts.People.Count; i++)
            {
                var p = facts.People[i];
                json.WriteStartObject();
                json.WriteString("name", p.Name);
                WriteStrings(json, "aliases", p.Aliases);
                WriteNullable(json, "role", p.Role);
                WriteNullable(json, "affiliation", p.Affiliation);
                json.WriteNumber("mentions", p.Mentions);
                WriteMember(json, document, FactKind.Person, i, p.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteNamedEntities(json, "places", document, FactKind.Place, facts.Places.Count, i => (facts.Places[i].Name, facts.Places[i].Aliases, facts.Places[i].Evidence));
            WriteNamedEntities(json, "organizations", document, FactKind.Organization, facts.Organizations.Count, i => (facts.Organizations[i].Name, facts.Organizations[i].Aliases, facts.Organizations[i].Evidence));

            json.WriteStartArray("quantities");
            for (var i = 0; i < facts.Quantities.Count; i++)
            {
                var q = facts.Quantities[i];
                if (q.UpperValue is { } upper)
                {
                    // The gold shape has no upper value: a range is its two ends, each with the qualifier that bounds it.
                    WriteQuantity(json, document, i, q.Value, q.Qualifier == Qualifier.AtLeast ? "at_least" : q.Qualifier.ToSchema());
                    WriteQuantity(json, document, i, upper, q.Qualifier == Qualifier.AtLeast ? "up_to" : q.Qualifier.ToSchema());
                }
                else
                {
                    WriteQuantity(json, document, i, q.Value, q.Qualifier.ToSchema());
                }
            }

            json.WriteEndArray();

            // The gold shape lists only quotations with a stated speaker; the rest keep their own array so nothing is lost.
            WriteQuotes(json, "quotes", document, attributed: true);
            WriteQuotes(json, "unattributed_quotes", document, attributed: false);

            json.WriteStartArray("dates");
            for (var i = 0; i < facts.Dates.Count; i++)
            {
                var d = facts.Dates[i];
                json.WriteStartObject();
                json.WriteString("text", d.Text);
                json.WriteString("about", d.About);
                WriteNullable(json, "resolved", d.Resolved);
                WriteMember(json, document, FactKind.Date, i, d.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteQuantity(Utf8JsonWriter json, ExtractedDocument document, int index, decimal? value, string qualifier)
    {
        var q = document.Facts.Quantities[index];
        json.WriteStartObject();
        if (value is { } known)
        {
            json.WriteNumber("value", NumberFormat.Normalize(known));
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("qualifier", qualifier);
        json.WriteString("unit", q.Unit);
        json.WriteString("category", q.Category.ToSchema());
        json.WriteString("about", q.About);
        json.WriteString("name", document.PathOf(FactKind.Quantity, index));
        WriteEvidence(json, q.Evidence);
        json.WriteEndObject();
    }

    private static void WriteNamedEntities(Utf8JsonWriter json, string property, ExtractedDocument document, FactKind kind, int count, System.Func<int, (string Name, EquatableArray<string> Aliases, Evidence Evidence)> get)
    {
        json.WriteStartArray(property);
        for (var i = 0; i < count; i++)
        {
            var (name, aliases, evidence) = get(i);
            json.WriteStartObject();
            json.WriteString("name", name);
            WriteStrings(json, "aliases", aliases);
            WriteMember(json, document, kind, i, evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteMember(Utf8JsonWriter json, ExtractedDocument document, FactKind kind, int index, Evidence evidence)
    {
        json.WriteString("member", document.PathOf(kind, index));
        WriteEvidence(json, evidence);
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteString("evidence", evidence.Text);
        json.WriteString("sentence", evidence.Sentence);
        json.WriteNumber("line", evidence.Line);
        json.WriteNumber("column", evidence.Column);
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, EquatableArray<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, string property, ExtractedDocument document, bool attributed)
    {
        var quotes = document.Facts.Quotes;
        json.WriteStartArray(property);
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            if ((q.Speaker is not null) != attributed)
            {
                continue;
            }

            json.WriteStartObject();
            WriteNullable(json, "speaker", q.Speaker);
            json.WriteString("text", q.Text);
            WriteMember(json, document, FactKind.Quote, i, q.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string property, string? value)
    {
        if (value is null)
        {
            json.WriteNull(property);
        }
        else
        {
            json.WriteString(property, value);
        }
    }
}
