using System.Collections.Generic;
using System.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Acronyms used without being spelled out in brackets, joined to the one body of the document they abbreviate.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the National Rail Safety Board ... the NRSB said": an acronym is the body whose capitalised words it spells,
    // when exactly one body of the document does ("Harrow Gas and Electric" for "HG&E").
    private void MergeAcronymsIntoSpelledNames()
    {
        // The one body each string of initials spells, or null when two bodies spell it (a lookup, so the work stays
        // linear in the number of bodies).
        var spelledBy = new Dictionary<string, EntityRecord?>(System.StringComparer.Ordinal);
        var acronyms = new List<(EntityRecord Record, string Letters)>();
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null)
            {
                continue;
            }

            var letters = AcronymLetters(record.Name);
            if (letters is not null)
            {
                acronyms.Add((record, letters));
            }
            else if (record.Name.IndexOf(' ') > 0)
            {
                var resolved = record.Resolve();
                var initials = Initials(record.Name);
                AddSpelling(spelledBy, initials, resolved);

                // "CSTM" for "Centre for Soil Testing And Mapping": a particle written with a capital, as titles are,
                // gives no letter either.
                if (Initials(record.Name, skipParticles: true) is var withoutParticles && withoutParticles != initials)
                {
                    AddSpelling(spelledBy, withoutParticles, resolved);
                }

                // "USCG" for "U.S. Coast Guard": a country written in initials gives each of its letters.
                if (InitialsWithDottedLetters(record.Name) is var dotted && dotted != initials)
                {
                    AddSpelling(spelledBy, dotted, resolved);
                }

                // "UH" for "University of Hawaii at Hilo": a campus goes by the initials of its university too.
                if (CampusStart(record.Name) is var campus and > 0)
                {
                    AddSpelling(spelledBy, Initials(record.Name.Substring(0, campus)), resolved);
                }

                // "CDC" for "Centers for Disease Control and Prevention": a remit added to a body's name by a last
                // "and" often stays out of the short form it had before.
                if (AddedRemitStart(record.Name) is var remit and > 0)
                {
                    AddSpelling(spelledBy, Initials(record.Name.Substring(0, remit)), resolved);
                }

                // "CPB" for "Velmorian Council for Public Broadcasting": the country before a body's own name tells
                // it apart from other countries' bodies, and its acronym leaves the country out.
                // Without "UN" or "EU", only three letters or more: "SC" or "SA" is a state's code or a legal form as
                // often as the "Security Council" or the "Space Agency" of "UN Security Council", "EU Space Agency".
                if (CountryPrefixEnd(record.Name) is var own and > 0
                    && Initials(record.Name.Substring(own)) is { } ownInitials && (ownInitials.Length >= 3 || SupranationalPrefixEnd(record.Name) < 0))
                {
                    AddSpelling(spelledBy, ownInitials, resolved);
                }

                // "GM" for "General Motors Co": a company's legal form ending its name stays out of its short form.
                if (LegalFormStart(record.Name) is var form and > 0)
                {
                    AddSpelling(spelledBy, Initials(record.Name.Substring(0, form)), resolved);
                }

                // "ATF" for "Bureau of Alcohol, Tobacco and Firearms": the head word and "of" opening a body's name may
                // stay out of its acronym. Only three letters or more: two bodies share two letters too easily.
                if (FieldAfterHeadStart(record.Name) is var field and > 0 && Initials(record.Name.Substring(field)) is { Length: >= 3 } fieldInitials)
                {
                    AddSpelling(spelledBy, fieldInitials, resolved);
                }
            }
        }

        foreach (var (acronym, letters) in acronyms)
        {
            if (spelledBy.TryGetValue(letters, out var only) && only is not null && acronym.MergedInto is null)
            {
                acronym.MergeInto(only);
            }
        }
    }

    private static void AddSpelling(Dictionary<string, EntityRecord?> spelledBy, string initials, EntityRecord body) =>
        spelledBy[initials] = spelledBy.TryGetValue(initials, out var earlier) && !ReferenceEquals(earlier, body) ? null : body;

    // Where the campus of a state university's name starts ("University of Texas at Austin", "University of Oregon,
    // Eugene"; see NameChunker.ExtendOverCampus), or -1.
    private static int CampusStart(string name)
    {
        if (!name.StartsWith("University of ", System.StringComparison.Ordinal))
        {
            return -1;
        }

        var at = name.IndexOf(" at ", System.StringComparison.Ordinal);
        return at > 0 ? at : name.IndexOf(',');
    }

    /// <summary>The United Nations and the European Union as papers write them before one of their bodies' names.</summary>
    private static readonly string[] SupranationalPrefixes = { "UN", "U.N.", "EU", "E.U." };

    // Where a body's own name starts after "UN" or "EU" and a space ("UN World Food Programme" → "World ..."), or -1.
    private static int SupranationalPrefixEnd(string name)
    {
        foreach (var union in SupranationalPrefixes)
        {
            if (name.Length > union.Length + 1 && name.StartsWith(union, System.StringComparison.Ordinal) && name[union.Length] == ' ')
            {
                return union.Length + 1;
            }
        }

        return -1;
    }

    // Where a company's legal form ("Co", "Corp.", "Inc", "Group") starts at the end of a name of three words or more
    // ("General Motors Co"), or -1.
    private static int LegalFormStart(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space < 0 || name.IndexOf(' ') == space || !Lexicon.CompanyLegalForms.Contains(name.Substring(space + 1).TrimEnd('.')))
        {
            return -1;
        }

        return space;
    }

    // Where the field starts after a head word and "of" that open a name ("Bureau of Alcohol ..." → "Alcohol ..."), or -1.
    private static int FieldAfterHeadStart(string name)
    {
        var space = name.IndexOf(' ');
        const string Of = " of ";
        return space > 0 && string.CompareOrdinal(name, space, Of, 0, Of.Length) == 0 && Lexicon.OrganizationHeads.Contains(name.Substring(0, space))
            ? space + Of.Length
            : -1;
    }

    // "NRSB", "HG&E", "U.N." → "NRSB", "HGE", "UN"; null for anything that is not an acronym of two or more letters.
    private static string? AcronymLetters(string name)
    {
        const int MaxLetters = 7;
        var letters = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                letters.Append(c);
            }
            else if (c is not ('&' or '.'))
            {
                return null;
            }
        }

        return letters.Length >= 2 && letters.Length <= MaxLetters ? letters.ToString() : null;
    }

    // Where " and " starts before the one capitalised word that ends the name, when at least two capitalised words
    // come before it ("... Control and Prevention"), or -1.
    private static int AddedRemitStart(string name)
    {
        var and = name.LastIndexOf(" and ", System.StringComparison.Ordinal);
        if (and < 0 || name.IndexOf(' ', and + " and ".Length) >= 0 || !char.IsUpper(name[and + " and ".Length]))
        {
            return -1;
        }

        return Initials(name.Substring(0, and)).Length >= 2 ? and : -1;
    }

    // Where a body's own name starts after a country or a nationality of one to three words ("United States
    // Commission on ..." → the "Commission"), or after the United Nations or the European Union written short ("UN
    // World Food Programme" → "World ..."), whose agencies papers name the same way; -1 when no owner opens the name.
    private static int CountryPrefixEnd(string name)
    {
        if (SupranationalPrefixEnd(name) is var union and > 0)
        {
            return union;
        }

        const int MaxCountryWords = 3;
        var end = -1;
        var space = -1;
        for (var words = 1; words <= MaxCountryWords; words++)
        {
            space = name.IndexOf(' ', space + 1);
            if (space < 0)
            {
                break;
            }

            if (NameForms.IsCountryOrDemonym(name.Substring(0, space)))
            {
                end = space + 1;
            }
        }

        return end;
    }

    // The first letters of the capitalised words, particles ("of", "the", "and") left out; with skipParticles, also
    // those written with a capital ("And", "Of").
    // Initials where a word of single letters each closed by a full stop ("U.S.", "U.K.") gives every letter.
    private static string InitialsWithDottedLetters(string name)
    {
        var initials = new StringBuilder();
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (IsDottedLetters(word))
            {
                for (var i = 0; i < word.Length; i += 2)
                {
                    initials.Append(word[i]);
                }
            }
            else
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    // "U.S.", "U.K.": capitals, each followed by a full stop.
    private static bool IsDottedLetters(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static string Initials(string name, bool skipParticles = false)
    {
        var initials = new StringBuilder();
        foreach (var word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && char.IsUpper(word[0]) && !(skipParticles && ContextEvidence.IsSkippableInitialWord(word)))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }
}
