using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Tests.Lock;

/// <summary>
/// A tiny stand-in for the extraction engine with fixed, obvious rules, so lock and curation tests do not change
/// when the real extractors improve. Every line is one sentence. "7 soldiers were killed" is a casualty count
/// named SoldiersKilled; "300 residents fled" is a displacement count named ResidentsFled; "Minister Ana Ruiz"
/// is a person.
/// </summary>
public static class RuleEngine
{
    private static readonly Regex Count = new(@"(?<n>\d[\d,.]*) (?<what>[a-z]+) (?<verb>were killed|fled)", RegexOptions.CultureInvariant);
    private static readonly Regex Minister = new(@"Minister (?<name>[A-Z][a-z]+ [A-Z][a-z]+)", RegexOptions.CultureInvariant);

    public static DocumentFacts Extract(string text, ExtractionOptions options, CancellationToken cancellationToken)
    {
        if (text.Trim().Length == 0)
        {
            return DocumentFacts.WithProblem(DocumentProblem.Empty);
        }

        var quantities = new List<QuantityFact>();
        var people = new List<PersonFact>();
        var lineStart = 0;
        var lineNumber = 1;
        foreach (var line in text.Split('\n'))
        {
            var sentence = line.Trim();
            foreach (Match m in Count.Matches(line))
            {
                var killed = m.Groups["verb"].Value == "were killed";
                var what = m.Groups["what"].Value;
                var value = decimal.Parse(m.Groups["n"].Value.Replace(",", string.Empty), CultureInfo.InvariantCulture);
                var about = what + (killed ? " killed" : " who fled");
                var name = char.ToUpperInvariant(what[0]) + what.Substring(1) + (killed ? "Killed" : "Fled");
                quantities.Add(new QuantityFact(value, null, Qualifier.Exact, "people", killed ? QuantityCategory.Casualties : QuantityCategory.Displacement,
                    about, name, Evidence(m, lineStart, lineNumber, sentence)));
            }

            foreach (Match m in Minister.Matches(line))
            {
                people.Add(new PersonFact(m.Groups["name"].Value, "minister", null, EquatableArray<string>.Empty, 1, Evidence(m.Groups["name"], lineStart, lineNumber, sentence)));
            }

            lineStart += line.Length + 1;
            lineNumber++;
        }

        return new DocumentFacts(options.Title ?? "Test document", options.Published, text.Split(' ').Length, DocumentProblem.None,
            people.ToEquatableArray(), EquatableArray<PlaceFact>.Empty, EquatableArray<OrganizationFact>.Empty, quantities.ToEquatableArray(),
            EquatableArray<QuoteFact>.Empty, EquatableArray<DateFact>.Empty);
    }

    private static Evidence Evidence(Capture capture, int lineStart, int line, string sentence) =>
        new(lineStart + capture.Index, capture.Length, line, capture.Index + 1, capture.Value, sentence);
}
