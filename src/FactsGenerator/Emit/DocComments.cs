using System.Globalization;
using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Emit;

/// <summary>The XML documentation of generated members: the value and the evidence sentence with file and line.</summary>
internal static class DocComments
{
    public static void Write(CodeWriter w, string summary, Evidence evidence, string fileName, string? remarks = null)
    {
        var where = fileName + ", line " + evidence.Line.ToString(CultureInfo.InvariantCulture);
        w.Line("/// <summary>" + Literals.Xml(summary) + " \u201C" + Literals.Xml(evidence.Sentence) + "\u201D (" + Literals.Xml(where) + ")</summary>");
        var position = "Read from \u201C" + evidence.Text + "\u201D at line " + evidence.Line.ToString(CultureInfo.InvariantCulture)
            + ", column " + evidence.Column.ToString(CultureInfo.InvariantCulture) + " of " + fileName + ".";
        w.Line("/// <remarks>" + Literals.Xml(remarks is null ? position : remarks + " " + position) + "</remarks>");
    }

    /// <summary>"4 (exactly) people killed: peacekeepers killed" style summary of a quantity.</summary>
    public static string Quantity(QuantityFact q)
    {
        if (q.Value is not { } v)
        {
            return "A vague number of " + q.Unit + " (no exact value stated): " + q.About + ".";
        }

        var value = NumberFormat.ToDisplayString(v) + (q.UpperValue is { } u ? "\u2013" + NumberFormat.ToDisplayString(u) : string.Empty);
        return value + " " + q.Unit + " (" + q.Qualifier.ToWords() + "): " + q.About + ".";
    }

    /// <summary>" Corroborated by 2 documents: a.txt, line 3: “…”; b.txt, line 4: “…”." for a fact several documents state; empty otherwise.</summary>
    public static string Corroboration(NamedFact named)
    {
        if (named.Corroboration.Count < 2)
        {
            return string.Empty;
        }

        const int listed = 5;
        var more = named.Corroboration.Count - listed;
        return " Corroborated by " + named.Corroboration.Count.ToString(CultureInfo.InvariantCulture) + " documents: "
            + string.Join("; ", named.Corroboration.Take(listed).Select(c => c.Document + ", line " + c.Evidence.Line.ToString(CultureInfo.InvariantCulture) + ": \u201C" + c.Evidence.Sentence + "\u201D"))
            + (more > 0 ? "; and " + more.ToString(CultureInfo.InvariantCulture) + " more (see Evidences)." : ".");
    }

    public static string QuantityRemarks(QuantityFact q) =>
        "Qualifier: " + q.Qualifier.ToSchema() + ". Unit: " + q.Unit + ". Category: " + q.Category.ToSchema() + ".";

    public static string Person(PersonFact p)
    {
        var text = p.Name;
        if (p.Role is not null || p.Affiliation is not null)
        {
            text += " \u2014 " + (p.Role ?? "affiliated with") + (p.Affiliation is null ? string.Empty : ", " + p.Affiliation);
        }

        return p.Aliases.Count == 0 ? text + "." : text + ". Also: " + string.Join(", ", p.Aliases) + ".";
    }
}
