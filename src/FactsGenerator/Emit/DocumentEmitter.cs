using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Pipeline;

namespace FactsGenerator.Emit;

/// <summary>Emits one document's facts into the partial facts class: constants, records, its source entry and its fact list.</summary>
internal static class DocumentEmitter
{
    public static string HintName(ResolvedDocument names) => "Facts." + names.SourceMember + ".g.cs";

    /// <summary>The hint name when another document's differs only in case ("Facts.REPORT.2.g.cs"); members never contain '.'.</summary>
    public static string HintName(ResolvedDocument names, int number) => "Facts." + names.SourceMember + "." + number.ToString(CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The per-document helper that lists a class's members from one document (combined by the index).</summary>
    public static string PartName(string sourceMember) => "__From" + sourceMember;

    /// <summary>
    /// The category classes this document declares members in, ordinal order. Only these get a partial
    /// declaration and a part in the index: declaring all of them for every document multiplied the code the
    /// compiler binds by the number of categories.
    /// </summary>
    public static EquatableArray<string> DeclaringClasses(ResolvedDocument names) =>
        names.Facts.Where(f => f.Declares).Select(f => f.ClassName).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToEquatableArray();

    public static string Emit(DocumentResult document, ResolvedDocument names, EmitContext context)
    {
        var facts = document.Facts;
        var fileName = System.IO.Path.GetFileName(document.Path);
        var member = new Dictionary<(FactKind, int), NamedFact>();
        foreach (var named in names.Facts)
        {
            member[(named.Kind, named.Index)] = named;
        }

        var w = new CodeWriter();
        var ns = context.BeginFile(w);
        w.Open("static partial class " + context.Options.ClassName);
        var part = PartName(names.SourceMember);
        var declaring = new HashSet<string>(DeclaringClasses(names), System.StringComparer.Ordinal);

        foreach (var className in FactClasses.QuantityClasses.Where(declaring.Contains))
        {
            // A fact several documents state is declared (and listed in All) once, by the first document.
            var indices = Enumerable.Range(0, facts.Quantities.Count).Where(i => member[(FactKind.Quantity, i)].ClassName == className && member[(FactKind.Quantity, i)].Declares).ToList();
            w.Open("static partial class " + className);
            foreach (var i in indices)
            {
                EmitQuantityMember(w, facts.Quantities[i], member[(FactKind.Quantity, i)], fileName, context);
            }

            w.Line(EmitContext.NotBrowsable);
            w.Line("private static " + context.Type("Quantity") + "[] " + part + "() => new " + context.Type("Quantity") + "[]");
            w.Line("{");
            foreach (var i in indices)
            {
                w.Line("    " + QuantityRecord(facts.Quantities[i], member[(FactKind.Quantity, i)], fileName, context) + ",");
            }

            w.Line("};");
            w.Close();
            w.Line();
        }

        EmitRecords(w, FactClasses.People, "Person", part, context, facts.People.Select((p, i) => (member[(FactKind.Person, i)], DocComments.Person(p), p.Evidence,
            "new " + context.Type("Person") + "(" + Literals.String(p.Name) + ", " + Literals.String(p.Role) + ", " + Literals.String(p.Affiliation) + ", " + Strings(p.Aliases) + ", " + Literals.Int(p.Mentions) + ", " + EvidenceLiteral(p.Evidence, fileName, context) + ")")), fileName);
        EmitRecords(w, FactClasses.Places, "Place", part, context, facts.Places.Select((p, i) => (member[(FactKind.Place, i)], p.Name + " (" + KindName(p.Kind) + ").", p.Evidence,
            "new " + context.Type("Place") + "(" + Literals.String(p.Name) + ", " + Literals.String(KindName(p.Kind)) + ", " + Strings(p.Aliases) + ", " + Literals.Int(p.Mentions) + ", " + EvidenceLiteral(p.Evidence, fileName, context) + ")")), fileName);
        EmitRecords(w, FactClasses.Organizations, "Organization", part, context, facts.Organizations.Select((o, i) => (member[(FactKind.Organization, i)], o.Name + (o.Aliases.Count == 0 ? "." : " (" + string.Join(", ", o.Aliases) + ")."), o.Evidence,
            "new " + context.Type("Organization") + "(" + Literals.String(o.Name) + ", " + Strings(o.Aliases) + ", " + Literals.Int(o.Mentions) + ", " + EvidenceLiteral(o.Evidence, fileName, context) + ")")), fileName);
        EmitRecords(w, FactClasses.Quotes, "Quote", part, context, facts.Quotes.Select((q, i) => (member[(FactKind.Quote, i)], (q.Speaker ?? "Unattributed") + ": \u201C" + q.Text + "\u201D", q.Evidence,
            "new " + context.Type("Quote") + "(new " + context.Type("Speaker") + "(" + Literals.String(q.Speaker ?? string.Empty) + ", " + context.Type("SpeakerKind") + "." + q.SpeakerKind + "), " + Literals.String(q.Text) + ", " + EvidenceLiteral(q.Evidence, fileName, context) + ")")), fileName);
        EmitRecords(w, FactClasses.Timeline, "TimelineEvent", part, context, facts.Dates.Select((d, i) => (member[(FactKind.Date, i)], d.Text + (d.Resolved is null ? string.Empty : " (" + d.Resolved + ")") + ": " + d.About + ".", d.Evidence,
            "new " + context.Type("TimelineEvent") + "(" + Literals.String(d.Text) + ", " + Literals.String(d.Resolved) + ", " + Literals.String(d.About) + ", " + EvidenceLiteral(d.Evidence, fileName, context) + ")")), fileName);

        w.Open("static partial class " + FactClasses.Sources);
        w.Line("/// <summary>" + Literals.Xml(fileName + ": " + (facts.Title.Length == 0 ? "(untitled)" : facts.Title)
            + (facts.Published is null ? string.Empty : ", published " + facts.Published) + ", " + facts.WordCount.ToString(CultureInfo.InvariantCulture) + " words.") + "</summary>");
        w.Line("public static readonly " + context.Type("Source") + " " + names.SourceMember + " = new " + context.Type("Source") + "("
            + Literals.String(names.SourceMember) + ", " + Literals.String(fileName) + ", " + Literals.String(facts.Title) + ", " + Literals.String(facts.Published) + ", "
            + Literals.Int(facts.WordCount) + ", () => " + part + "());");
        w.Close();
        w.Line();

        w.Line(EmitContext.NotBrowsable);
        w.Line("private static " + context.Type("Fact") + "[] " + part + "() => new " + context.Type("Fact") + "[]");
        w.Line("{");
        foreach (var named in names.Facts)
        {
            w.Line("    " + FactRecord(named, facts, fileName, context) + ",");
        }

        w.Line("};");
        w.Close();
        EmitContext.EndFile(w, ns);
        return w.ToString();
    }

    private static void EmitQuantityMember(CodeWriter w, QuantityFact q, NamedFact named, string fileName, EmitContext context)
    {
        DocComments.Write(w, DocComments.Quantity(q), q.Evidence, fileName, DocComments.QuantityRemarks(q) + DocComments.Corroboration(named));

        // The lock file's type wins while it can hold the value, so a locked int does not silently become a double.
        var type = FactValues.Accept(q, named.LockedType) ?? FactValues.QuantityType(q);
        if (q.Value is { } value && type != FactValues.RecordQuantity)
        {
            var (constType, literal) = FactValues.Constant(value, type);
            w.Line("public const " + constType + " " + named.Member + " = " + literal + ";");
        }
        else
        {
            w.Line("public static readonly " + context.Type("Quantity") + " " + named.Member + " = " + QuantityRecord(q, named, fileName, context) + ";");
        }

        w.Line();
    }

    /// <summary>The narrowest constant type that holds the value exactly: int, long, else double.</summary>
    internal static (string Type, string Literal) ConstOf(decimal value) =>
        FactValues.Constant(value, FactValues.QuantityType(new QuantityFact(value, null, Qualifier.Exact, string.Empty, QuantityCategory.Other, string.Empty, string.Empty, new Evidence(0, 0, 1, 1, string.Empty, string.Empty))));

    private static string QuantityRecord(QuantityFact q, NamedFact named, string fileName, EmitContext context) =>
        "new " + context.Type("Quantity") + "(" + Literals.String(named.Path) + ", " + Literals.NullableDecimal(q.Value) + ", " + Literals.NullableDecimal(q.UpperValue) + ", "
        + context.Type("Qualifier") + "." + q.Qualifier + ", " + Literals.String(q.Unit) + ", " + Literals.String(q.Category.ToSchema()) + ", " + Literals.String(q.About) + ", "
        + EvidenceLiteral(q.Evidence, fileName, context) + ")";

    private static void EmitRecords(CodeWriter w, string className, string typeName, string part, EmitContext context, IEnumerable<(NamedFact Named, string Summary, Evidence Evidence, string Creation)> records, string fileName)
    {
        var list = records.Where(r => r.Named.Declares).ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.Open("static partial class " + className);
        foreach (var (named, summary, evidence, creation) in list)
        {
            DocComments.Write(w, summary, evidence, fileName, named.Corroboration.Count > 1 ? DocComments.Corroboration(named).TrimStart() : null);
            w.Line("public static readonly " + context.Type(typeName) + " " + named.Member + " = " + creation + ";");
            w.Line();
        }

        w.Line(EmitContext.NotBrowsable);
        w.Line("private static " + context.Type(typeName) + "[] " + part + "() => new " + context.Type(typeName) + "[] { " + string.Join(", ", list.Select(r => r.Named.Member)) + " };");
        w.Close();
        w.Line();
    }

    private static string FactRecord(NamedFact named, DocumentFacts facts, string fileName, EmitContext context)
    {
        var kind = context.Type("FactKind") + "." + named.Kind;
        var self = context.FactsClass + "." + named.ClassName + "." + named.Member;
        return named.Kind switch
        {
            FactKind.Quantity => QuantityFactRecord(facts.Quantities[named.Index], named, kind, fileName, context),
            FactKind.Person => NewFact(named, kind, DocComments.Person(facts.People[named.Index]), self, fileName, context),
            FactKind.Place => NewFact(named, kind, facts.Places[named.Index].Name, self, fileName, context),
            FactKind.Organization => NewFact(named, kind, facts.Organizations[named.Index].Name, self, fileName, context),
            FactKind.Quote => NewFact(named, kind, (facts.Quotes[named.Index].Speaker ?? "Unattributed") + ": \u201C" + facts.Quotes[named.Index].Text + "\u201D", self, fileName, context),
            _ => NewFact(named, kind, facts.Dates[named.Index].Text + ": " + facts.Dates[named.Index].About, self, fileName, context),
        };
    }

    private static string NewFact(NamedFact named, string kind, string summary, string self, string fileName, EmitContext context) =>
        "new " + context.Type("Fact") + "(" + Literals.String(named.Path) + ", " + kind + ", " + Literals.String(summary) + ", null, null, "
        + (named.Declares ? self + ".Evidence" : EvidenceLiteral(named.Evidence, fileName, context)) + Evidences(named, context) + ")";

    private static string QuantityFactRecord(QuantityFact q, NamedFact named, string kind, string fileName, EmitContext context) =>
        "new " + context.Type("Fact") + "(" + Literals.String(named.Path) + ", " + kind + ", " + Literals.String(DocComments.Quantity(q)) + ", " + Literals.NullableDecimal(q.Value) + ", "
        + context.Type("Qualifier") + "." + q.Qualifier + ", " + EvidenceLiteral(q.Evidence, fileName, context) + Evidences(named, context) + ")";

    /// <summary>The evidence of every document for a fact several documents state; nothing for a single-source fact.</summary>
    private static string Evidences(NamedFact named, EmitContext context) =>
        named.Corroboration.Count < 2
            ? string.Empty
            : ", new " + context.Type("Evidence") + "[] { " + string.Join(", ", named.Corroboration.Select(c => EvidenceLiteral(c.Evidence, c.Document, context))) + " }";

    private static string EvidenceLiteral(Evidence e, string fileName, EmitContext context) =>
        "new " + context.Type("Evidence") + "(" + Literals.String(fileName) + ", " + Literals.Int(e.Line) + ", " + Literals.Int(e.Column) + ", " + Literals.String(e.Text) + ", " + Literals.String(e.Sentence) + ")";

    private static string Strings(EquatableArray<string> values) =>
        values.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", values.Select(Literals.String)) + " }";

    private static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        PlaceKind.City => "city",
        PlaceKind.Site => "site",
        _ => "unknown",
    };
}
