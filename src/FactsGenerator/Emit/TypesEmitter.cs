namespace FactsGenerator.Emit;

/// <summary>Emits the record types the fact library is made of (Evidence, Quantity, Person, ...), once per project.</summary>
internal static class TypesEmitter
{
    public const string HintName = "FactsGenerator.Types.g.cs";

    public static string Emit(EmitContext context)
    {
        var w = new CodeWriter();
        var ns = context.BeginFile(w);
        var v = context.Visibility;
        var list = "global::System.Collections.Generic.IReadOnlyList";

        Enum(w, v, "FactKind", "What kind of fact a <see cref=\"Fact\"/> is.", "Quantity", "Person", "Place", "Organization", "Quote", "Date");
        Enum(w, v, "Qualifier", "How sure the text is about a quantity: exactly, more than, at least, about, up to, fewer than, or vague (no number).", "Exact", "MoreThan", "AtLeast", "About", "UpTo", "FewerThan", "Vague");
        Enum(w, v, "SpeakerKind", "Who a quotation is attributed to.", "None", "Person", "Organization");

        Class(w, v, "Evidence", "Where a fact was read: document, line, column, the exact phrase and the whole sentence.",
            ("string", "Document", "The document's file name."),
            ("int", "Line", "The 1-based line of the phrase."),
            ("int", "Column", "The 1-based column of the phrase."),
            ("string", "Text", "The exact phrase the fact was read from."),
            ("string", "Sentence", "The whole sentence containing the phrase."));
        Class(w, v, "Quantity", "A number stated in a document, with what it counts and how sure the text is.",
            ("string", "Path", "The member path, e.g. \"Casualties.PeacekeepersKilled\"."),
            ("decimal?", "Value", "The value; null for a vague count such as \"thousands\"."),
            ("decimal?", "UpperValue", "The upper end of a range (\"between 36 and 40\"), otherwise null."),
            (context.Type("Qualifier"), "Qualifier", "Exact, more than, at least, about, up to, fewer than or vague."),
            ("string", "Unit", "What one unit is: people, days, percent, usd..."),
            ("string", "Category", "casualties, displacement, duration, population, money, military or other."),
            ("string", "About", "What is counted, in words."),
            (context.Type("Evidence"), "Evidence", "Where the number was read."));
        Class(w, v, "Person", "A named person with the role and affiliation the document gives them.",
            ("string", "Name", "The full name as first written."),
            ("string?", "Role", "The title or office, lower case, e.g. \"foreign minister\"; null when not stated."),
            ("string?", "Affiliation", "The country or organisation the role belongs to; null when not stated."),
            (list + "<string>", "Aliases", "Other names used for the person (e.g. the surname alone)."),
            ("int", "Mentions", "How often the person is mentioned."),
            (context.Type("Evidence"), "Evidence", "Where the person is first named."));
        Class(w, v, "Place", "A named place: country, region, city or site.",
            ("string", "Name", "The place name."),
            ("string", "Kind", "country, region, city, site or unknown."),
            (list + "<string>", "Aliases", "Other names used for the place."),
            ("int", "Mentions", "How often the place is mentioned."),
            (context.Type("Evidence"), "Evidence", "Where the place is first named."));
        Class(w, v, "Organization", "A named organisation: government body, agency, party, company, news outlet...",
            ("string", "Name", "The organisation's name."),
            (list + "<string>", "Aliases", "Other names, such as an acronym."),
            ("int", "Mentions", "How often the organisation is mentioned."),
            (context.Type("Evidence"), "Evidence", "Where the organisation is first named."));
        Class(w, v, "Speaker", "Who said a quotation; <see cref=\"Kind\"/> is None when the document does not say.",
            ("string", "Name", "The person's or organisation's name; empty when unattributed."),
            (context.Type("SpeakerKind"), "Kind", "Person, Organization or None."));
        Class(w, v, "Quote", "A direct quotation with its speaker.",
            (context.Type("Speaker"), "Speaker", "Who said it."),
            ("string", "Text", "The quoted words."),
            (context.Type("Evidence"), "Evidence", "Where the quotation stands."));
        Class(w, v, "TimelineEvent", "A dated event: the date as written, its calendar form when known, and what happened.",
            ("string", "Text", "The date as written, e.g. \"Wednesday evening\" or \"1994\"."),
            ("string?", "Date", "The calendar date (yyyy-MM-dd, yyyy-MM or yyyy, or yyyy/yyyy for a span of years) when it can be resolved; otherwise null."),
            ("string", "What", "What happened then."),
            (context.Type("Evidence"), "Evidence", "Where the date is mentioned."));
        Class(w, v, "Fact", "Any fact of the library, for queries at run time (see Facts.All and Facts.Find).",
            extra: () =>
            {
                // Facts several documents state carry every document's evidence; the six-argument constructor keeps
                // single-source facts (the common case) short in the generated code.
                w.Line("/// <summary>Creates a <see cref=\"Fact\"/> stated by several documents.</summary>");
                w.Line("public Fact(string @path, " + context.Type("FactKind") + " @kind, string @summary, decimal? @value, " + context.Type("Qualifier") + "? @qualifier, "
                    + context.Type("Evidence") + " @evidence, " + list + "<" + context.Type("Evidence") + "> @evidences)");
                w.Open("    : this(@path, @kind, @summary, @value, @qualifier, @evidence)");
                w.Line("Evidences = @evidences;");
                w.Close();
                w.Line();
                w.Line("/// <summary>The evidence of every document that states this fact (one for most facts).</summary>");
                w.Line("public " + list + "<" + context.Type("Evidence") + "> Evidences { get; }");
                w.Line();
                w.Line("/// <summary>How many documents state this fact.</summary>");
                w.Line("public int Corroboration => Evidences.Count;");
                w.Line();
            },
            properties: new[]
            {
                ("string", "Path", "The member path, e.g. \"Casualties.PeacekeepersKilled\" or \"People.AnaRuiz\"."),
                (context.Type("FactKind"), "Kind", "What kind of fact this is."),
                ("string", "Summary", "A one-line description of the fact."),
                ("decimal?", "Value", "The number, for quantities with a value; otherwise null."),
                (context.Type("Qualifier") + "?", "Qualifier", "The qualifier, for quantities; otherwise null."),
                (context.Type("Evidence"), "Evidence", "Where the fact was read (the first document, when several state it)."),
            });
        EmitConflict(w, v, context, list);

        w.Line("/// <summary>One source document of the library: its name, title, publication date and size.</summary>");
        w.Line(EmitContext.GeneratedCode);
        w.Open(v + " sealed class Source");
        w.Line("private readonly global::System.Func<" + list + "<" + context.Type("Fact") + ">> facts;");
        w.Line();
        w.Line("/// <summary>Creates the description of a source document.</summary>");
        w.Open("public Source(string name, string document, string title, string? published, int wordCount, global::System.Func<" + list + "<" + context.Type("Fact") + ">> facts)");
        w.Line("Name = name;").Line("Document = document;").Line("Title = title;").Line("Published = published;").Line("WordCount = wordCount;").Line("this.facts = facts;");
        w.Close();
        w.Line();
        Property(w, "string", "Name", "The document's member name in Sources.");
        Property(w, "string", "Document", "The document's file name.");
        Property(w, "string", "Title", "The document's title (Title metadata or its headline).");
        Property(w, "string?", "Published", "The publication date as yyyy-MM-dd, when known.");
        Property(w, "int", "WordCount", "The number of words in the document.");
        w.Line("/// <summary>The facts read from this document.</summary>");
        w.Line("public " + list + "<" + context.Type("Fact") + "> Facts => facts();");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => Document + \": \" + Title;");
        w.Close();

        EmitContext.EndFile(w, ns);
        return w.ToString();
    }

    private static void Enum(CodeWriter w, string visibility, string name, string summary, params string[] members)
    {
        w.Line("/// <summary>" + summary + "</summary>");
        w.Line(EmitContext.GeneratedCode);
        w.Open(visibility + " enum " + name);
        foreach (var member in members)
        {
            w.Line("/// <summary>" + member + ".</summary>");
            w.Line(member + ",");
        }

        w.Close();
        w.Line();
    }

    private static void Class(CodeWriter w, string visibility, string name, string summary, params (string Type, string Name, string Doc)[] properties) =>
        Class(w, visibility, name, summary, null, properties);

    private static void Class(CodeWriter w, string visibility, string name, string summary, System.Action? extra, (string Type, string Name, string Doc)[] properties)
    {
        w.Line("/// <summary>" + summary + "</summary>");
        w.Line(EmitContext.GeneratedCode);
        w.Open(visibility + " sealed class " + name);
        w.Line("/// <summary>Creates a <see cref=\"" + name + "\"/>.</summary>");
        var parameters = string.Join(", ", System.Array.ConvertAll(properties, p => p.Type + " " + Camel(p.Name)));
        w.Open("public " + name + "(" + parameters + ")");
        foreach (var p in properties)
        {
            w.Line(p.Name + " = " + Camel(p.Name) + ";");
        }

        if (extra is not null)
        {
            w.Line("Evidences = new[] { @evidence };");
        }

        w.Close();
        w.Line();
        extra?.Invoke();
        foreach (var p in properties)
        {
            Property(w, p.Type, p.Name, p.Doc);
        }

        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => " + (name == "Evidence"
            ? "Document + \"(\" + Line + \",\" + Column + \"): \" + Sentence;"
            : name switch
            {
                "Quantity" => "Path + \" = \" + (Value?.ToString(global::System.Globalization.CultureInfo.InvariantCulture) ?? \"?\") + \" \" + Unit;",
                "Quote" => "(Speaker.Name.Length == 0 ? \"(unattributed)\" : Speaker.Name) + \": \\u201C\" + Text + \"\\u201D\";",
                "TimelineEvent" => "(Date ?? Text) + \": \" + What;",
                "Fact" => "Path + \": \" + Summary;",
                _ => "Name;",
            }));
        w.Close();
        w.Line();
    }

    private static void EmitConflict(CodeWriter w, string v, EmitContext context, string list)
    {
        w.Line("/// <summary>A fact the documents disagree on: the path they share and the document-qualified members that hold each value.</summary>");
        w.Line(EmitContext.GeneratedCode);
        w.Open(v + " sealed class Conflict");
        w.Line("/// <summary>Creates a <see cref=\"Conflict\"/>.</summary>");
        w.Open("public Conflict(string @path, " + list + "<string> @members)");
        w.Line("Path = @path;").Line("Members = @members;");
        w.Close();
        w.Line();
        Property(w, "string", "Path", "The path the documents share, e.g. \"Casualties.PeacekeepersKilled\".");
        Property(w, list + "<string>", "Members", "The member path of each value, qualified with its document, e.g. \"Casualties.PeacekeepersKilled_Report\".");
        w.Line("/// <summary>The facts that disagree, one per value, with their evidence.</summary>");
        w.Open("public " + list + "<" + context.Type("Fact") + "> Facts");
        w.Open("get");
        w.Line("var facts = new global::System.Collections.Generic.List<" + context.Type("Fact") + ">();");
        w.Open("foreach (var member in Members)");
        w.Line("var fact = " + context.FactsClass + ".Find(member);");
        w.Open("if (fact != null)");
        w.Line("facts.Add(fact);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return facts;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => Path + \": \" + string.Join(\", \", Members);");
        w.Close();
        w.Line();
    }

    private static void Property(CodeWriter w, string type, string name, string doc)
    {
        w.Line("/// <summary>" + doc + "</summary>");
        w.Line("public " + type + " " + name + " { get; }");
        w.Line();
    }

    private static string Camel(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);
}
