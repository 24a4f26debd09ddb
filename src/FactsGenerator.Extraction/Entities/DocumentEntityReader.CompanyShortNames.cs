using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Orvik Stores Inc ... Orvik said", "Kestrel Pharma Ltd ... Kestrel Pharma": business copy writes a
/// company's full legal name once and then goes by the name without the legal ending, or by its first word alone.
/// The shorter name is an alias of the company when exactly one company of the document fits it.</summary>
internal sealed partial class DocumentEntityReader
{
    // Endings that only say how a company is registered; no one calls the firm by them. ("Corporation" and "Company"
    // are left out: "Road Transport Corporation" is a public body whose shorter words name nothing.)
    private static readonly HashSet<string> LegalEndings = Lexicon.Set("Inc Corp Ltd LLC LLP Plc plc PLC Co Limited Incorporated");

    private void MergeCompanyShortNames()
    {
        // Short name key → the one company it fits, or null once two companies fit it.
        var companies = new Dictionary<string, EntityRecord?>(System.StringComparer.Ordinal);
        foreach (var record in registry.Records)
        {
            if (record.MergedInto is not null || record.Kind != EntityKind.Organization)
            {
                continue;
            }

            var words = record.Name.Split(' ');
            if (words.Length < 2 || !LegalEndings.Contains(words[words.Length - 1]))
            {
                continue;
            }

            AddCompanyKey(companies, string.Join(" ", words, 0, words.Length - 1), record);
            if (words.Length >= 3 && FirstWordNamesCompany(words))
            {
                AddCompanyKey(companies, words[0], record);
            }
        }

        if (companies.Count == 0)
        {
            return;
        }

        foreach (var shortName in registry.Records)
        {
            if (shortName.MergedInto is null && shortName.Kind == EntityKind.Organization
                && companies.TryGetValue(NameForms.Key(shortName.Name), out var company) && company is not null && !ReferenceEquals(company.Resolve(), shortName))
            {
                shortName.MergeInto(company.Resolve());
            }
        }
    }

    private static void AddCompanyKey(Dictionary<string, EntityRecord?> companies, string name, EntityRecord company)
    {
        var key = NameForms.Key(name);
        companies[key] = companies.TryGetValue(key, out var other) && !ReferenceEquals(other, company) ? null : company;
    }

    // "Orvik" of "Orvik Stores Inc": the first word stands for the firm, unless the words after it name a place
    // ("Orvik Ireland Ltd" is the firm's branch there, not the firm) or a body the document names on its own ("Exxon
    // Mobil Corp" beside "Mobil": a name joined from two firms, each still itself).
    private bool FirstWordNamesCompany(string[] words)
    {
        var first = words[0];
        if (first.Length < 2 || !char.IsUpper(first[0]) || Lexicon.CapitalisedFunctionWords.Contains(first) || NameForms.IsCountryOrDemonym(first))
        {
            return false;
        }

        for (var k = 1; k < words.Length - 1; k++)
        {
            if (NameForms.IsCountryOrDemonym(words[k]) || gazetteer.TryFind(words[k], out _))
            {
                return false;
            }
        }

        var rest = string.Join(" ", words, 1, words.Length - 2);
        return registry.Find(rest, EntityKind.Organization) is null;
    }
}
