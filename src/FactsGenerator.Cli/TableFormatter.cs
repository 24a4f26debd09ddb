using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactsGenerator.Extraction.Library;

namespace FactsGenerator.Cli;

/// <summary>Plain-text tables of a document's facts for reading in a terminal.</summary>
internal static class TableFormatter
{
    private const int MaxCell = 60;

    public static string Format(ExtractedDocument document)
    {
        var facts = document.Facts;
        var text = new StringBuilder();
        text.Append("== ").Append(document.Input.Name).Append(" (").Append(facts.Title).Append(")").Append('\n');
        if (facts.Published is not null)
        {
            text.Append("published ").Append(facts.Published).Append('\n');
        }

        Section(text, "People", new[] { "member", "name", "role", "affiliation", "aliases", "line" },
            facts.People.Select((p, i) => new[] { document.PathOf(FactKind.Person, i), p.Name, p.Role ?? "", p.Affiliation ?? "", string.Join(", ", p.Aliases), Line(p.Evidence.Line) }));
        Section(text, "Places", new[] { "member", "name", "aliases", "line" },
            facts.Places.Select((p, i) => new[] { document.PathOf(FactKind.Place, i), p.Name, string.Join(", ", p.Aliases), Line(p.Evidence.Line) }));
        Section(text, "Organizations", new[] { "member", "name", "aliases", "line" },
            facts.Organizations.Select((o, i) => new[] { document.PathOf(FactKind.Organization, i), o.Name, string.Join(", ", o.Aliases), Line(o.Evidence.Line) }));
        Section(text, "Quantities", new[] { "member", "value", "qualifier", "unit", "about", "evidence", "line" },
            facts.Quantities.Select((q, i) => new[]
            {
                document.PathOf(FactKind.Quantity, i),
                q.Value is { } v ? NumberFormat.ToDisplayString(v) + (q.UpperValue is { } u ? "-" + NumberFormat.ToDisplayString(u) : "") : "?",
                q.Qualifier.ToSchema(), q.Unit, q.About, q.Evidence.Text, Line(q.Evidence.Line),
            }));
        Section(text, "Quotes", new[] { "speaker", "text", "line" },
            facts.Quotes.Select(q => new[] { q.Speaker ?? "(unattributed)", q.Text, Line(q.Evidence.Line) }));
        Section(text, "Timeline", new[] { "date", "resolved", "what happened", "line" },
            facts.Dates.Select(d => new[] { d.Text, d.Resolved ?? "", d.About, Line(d.Evidence.Line) }));
        return text.ToString();
    }

    private static string Line(int line) => line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Section(StringBuilder text, string title, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Select(r => r.Select(Clip).ToArray()).ToList();
        text.Append('\n').Append(title).Append(" (").Append(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(")\n");
        if (all.Count == 0)
        {
            return;
        }

        var widths = header.Select((h, c) => Math.Max(h.Length, all.Max(r => r[c].Length))).ToArray();
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in all)
        {
            AppendRow(text, row, widths);
        }
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append("  ");
        for (var c = 0; c < cells.Length; c++)
        {
            text.Append(c == cells.Length - 1 ? cells[c] : cells[c].PadRight(widths[c] + 2));
        }

        text.Append('\n');
    }

    private static string Clip(string cell) => cell.Length <= MaxCell ? cell : cell.Substring(0, MaxCell - 3) + "...";
}
