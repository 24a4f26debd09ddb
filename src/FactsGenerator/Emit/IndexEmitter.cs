using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Pipeline;

namespace FactsGenerator.Emit;

/// <summary>
/// Emits the facts class itself: its documentation, the category classes with their <c>All</c> lists,
/// <c>Facts.All</c> and <c>Facts.Find</c>. It depends only on the documents' member names, so editing a
/// document's content does not re-emit it.
/// </summary>
internal static class IndexEmitter
{
    public const string HintName = "Facts.g.cs";

    private static readonly Dictionary<string, (string Type, string Summary)> Classes = new()
    {
        ["Casualties"] = ("Quantity", "Numbers of people killed, dead, wounded, injured or missing."),
        ["Displacement"] = ("Quantity", "Numbers of people who fled, were evacuated, displaced or are sheltering."),
        ["Durations"] = ("Quantity", "Lengths of time: days of war, hours of an offensive, years of a conflict."),
        ["Population"] = ("Quantity", "Numbers of people living somewhere or belonging to a group."),
        ["Money"] = ("Quantity", "Amounts of money."),
        ["Military"] = ("Quantity", "Numbers of troops, weapons and fighters."),
        ["Figures"] = ("Quantity", "Every other number: seats, percentages, ages, counts of things."),
        [FactClasses.People] = ("Person", "The people named in the documents, with their roles and affiliations."),
        [FactClasses.Places] = ("Place", "The places named in the documents."),
        [FactClasses.Organizations] = ("Organization", "The organisations named in the documents."),
        [FactClasses.Quotes] = ("Quote", "Direct quotations with their speakers."),
        [FactClasses.Timeline] = ("TimelineEvent", "Dated events; All lists them in calendar order where the date is known."),
    };

    public static string Emit(IReadOnlyList<SourceEntry> documents, EmitContext context, IReadOnlyList<ConflictEntry>? conflicts = null)
    {
        conflicts ??= new ConflictEntry[0];
        var w = new CodeWriter();
        var ns = context.BeginFile(w);
        var list = "global::System.Collections.Generic.IReadOnlyList";
        var parts = documents.Select(d => DocumentEmitter.PartName(d.SourceMember) + "()").ToList();
        var files = string.Join(", ", documents.Select(d => d.FileName));

        w.Line("/// <summary>Facts read from " + documents.Count + " document(s)" + (documents.Count == 0 ? "." : ": " + Literals.Xml(files) + ".")
            + " Type a category name after the dot; every member's documentation shows its value and the sentence it came from.</summary>");
        w.Line(EmitContext.GeneratedCode);
        w.Open(context.Visibility + " static partial class " + context.Options.ClassName);

        foreach (var className in FactClasses.All.Where(Classes.ContainsKey))
        {
            var (type, summary) = Classes[className];
            var full = context.Type(type);
            w.Line("/// <summary>" + summary + "</summary>");
            w.Open("public static partial class " + className);
            w.Line("private static " + list + "<" + full + ">? __all;");
            w.Line();
            w.Line("/// <summary>Every member of this class, document by document" + (className == FactClasses.Timeline ? ", in calendar order where the date is known" : string.Empty) + ".</summary>");
            // A document has a part in a class only when it declares members there (see DocumentEmitter.DeclaringClasses).
            var classParts = documents.Where(d => d.Classes.Contains(className)).Select(d => DocumentEmitter.PartName(d.SourceMember) + "()");
            var concat = context.FactsClass + ".__Concat<" + full + ">(" + string.Join(", ", classParts) + ")";
            if (className == FactClasses.Timeline)
            {
                concat = "global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.OrderBy(" + concat + ", e => e.Date ?? \"\\uFFFF\", global::System.StringComparer.Ordinal))";
            }

            w.Line("public static " + list + "<" + full + "> All => __all ??= " + concat + ";");
            w.Close();
            w.Line();
        }

        w.Line("/// <summary>The source documents of this library.</summary>");
        w.Open("public static partial class " + FactClasses.Sources);
        w.Line("/// <summary>Every source document.</summary>");
        w.Line("public static " + list + "<" + context.Type("Source") + "> All { get; } = new " + context.Type("Source") + "[] { " + string.Join(", ", documents.Select(d => d.SourceMember)) + " };");
        w.Close();
        w.Line();

        w.Line("/// <summary>Facts the documents disagree on; each value has its own document-qualified member.</summary>");
        w.Open("public static partial class " + FactClasses.Conflicts);
        w.Line("/// <summary>Every conflict, by path.</summary>");
        w.Line("public static " + list + "<" + context.Type("Conflict") + "> All { get; } = " + (conflicts.Count == 0
            ? "global::System.Array.Empty<" + context.Type("Conflict") + ">();"
            : "new " + context.Type("Conflict") + "[]"));
        if (conflicts.Count > 0)
        {
            w.Line("{");
            foreach (var conflict in conflicts)
            {
                w.Line("    new " + context.Type("Conflict") + "(" + Literals.String(conflict.Path) + ", new string[] { " + string.Join(", ", conflict.Members.Select(Literals.String)) + " }),");
            }

            w.Line("};");
        }

        w.Close();
        w.Line();

        w.Line("private static " + list + "<" + context.Type("Fact") + ">? __all;");
        w.Line("private static global::System.Collections.Generic.Dictionary<string, " + context.Type("Fact") + ">? __byPath;");
        w.Line();
        w.Line("/// <summary>Every fact of the library as a typed record (path, kind, value, qualifier, evidence), for queries at run time.</summary>");
        // A fact several documents state is in each document's list; the library lists it once.
        w.Line("public static " + list + "<" + context.Type("Fact") + "> All => __all ??= __Distinct(__Concat<" + context.Type("Fact") + ">(" + string.Join(", ", parts) + "));");
        w.Line();
        w.Line("/// <summary>The fact with the given member path (for example \"Casualties.PeacekeepersKilled\"), or null.</summary>");
        w.Open("public static " + context.Type("Fact") + "? Find(string path)");
        w.Open("if (__byPath is null)");
        w.Line("var byPath = new global::System.Collections.Generic.Dictionary<string, " + context.Type("Fact") + ">(global::System.StringComparer.Ordinal);");
        w.Open("foreach (var fact in All)");
        w.Line("// The first record of a path is the declaring document's, which carries every corroborating evidence.");
        w.Line("if (!byPath.ContainsKey(fact.Path)) byPath.Add(fact.Path, fact);");
        w.Close();
        w.Line("__byPath = byPath;");
        w.Close();
        w.Line();
        w.Line("return path != null && __byPath.TryGetValue(path, out var found) ? found : null;");
        w.Close();
        w.Line();
        w.Line(EmitContext.NotBrowsable);
        w.Open("internal static T[] __Concat<T>(params T[][] parts)");
        w.Line("var count = 0;");
        w.Line("foreach (var part in parts) count += part.Length;");
        w.Line("var all = new T[count];");
        w.Line("var at = 0;");
        w.Open("foreach (var part in parts)");
        w.Line("global::System.Array.Copy(part, 0, all, at, part.Length);");
        w.Line("at += part.Length;");
        w.Close();
        w.Line();
        w.Line("return all;");
        w.Close();
        w.Line();
        w.Line(EmitContext.NotBrowsable);
        w.Open("internal static " + context.Type("Fact") + "[] __Distinct(" + context.Type("Fact") + "[] facts)");
        w.Line("var seen = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);");
        w.Line("var distinct = new global::System.Collections.Generic.List<" + context.Type("Fact") + ">(facts.Length);");
        w.Open("foreach (var fact in facts)");
        w.Open("if (seen.Add(fact.Path))");
        w.Line("distinct.Add(fact);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return distinct.ToArray();");
        w.Close();
        w.Close();
        EmitContext.EndFile(w, ns);
        return w.ToString();
    }
}
