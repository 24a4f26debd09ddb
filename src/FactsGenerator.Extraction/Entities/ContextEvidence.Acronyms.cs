using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Acronyms spelled out as things rather than bodies: laws, offices, technologies and common nouns.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Last words of the spelled-out names of things that are no body ("Vessel Location System").</summary>
    private static readonly HashSet<string> ThingEndings = Lexicon.Set(
        "System Telescope Satellite Vehicle Reactor Engine Virus Syndrome Disease Disorder Vaccine Test Standard Format " +
        "Language Interface Chat Life Income Tracking Identification Management Number Code Rate Product Technology Device");

    private readonly HashSet<string> thingAcronyms = new(System.StringComparer.Ordinal);

    /// <summary>True when the document spells the acronym out as a thing, an office or a common noun, never a body
    /// ("Velm Relay Chat (VRC)", "Member of the Assembly (MA)", "digital rights management (DRM)").</summary>
    public bool IsThingAcronym(string name) => thingAcronyms.Contains(NameForms.Key(name));

    private void CollectAcronymSpelling(NameChunk chunk)
    {
        var (tokens, a, b, prev, _, next, next2) = Around(chunk);
        if (a != b || !NameForms.IsAcronym(tokens[a]))
        {
            return;
        }

        // "DRM (digital rights management)", "DRM [digital rights management]": a lower-case gloss in brackets after the
        // acronym (but "VSA (a shipping regulator)" describes what the acronym is, and "(formerly ...)" gives an older name).
        var bracketAfter = next is { } open && (open.IsSymbol('(') || open.IsSymbol('['));
        if (bracketAfter && next2 is { } gloss && NameForms.IsLowerWord(gloss) && gloss.Text is not ("a" or "an" or "the" or "formerly" or "now" or "also"))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        // "VGM [Velm Genital Mutilation]", "HBD (Harbour Business District)": a name in brackets after the acronym spells it
        // out, and an acronym is what its name is: a place, an office or a thing is no body.
        if (bracketAfter && ChunkStartingAt(b + 2) is { } spelledAfter && IsSpelledOutAs(spelledAfter, tokens[a].Text) && NamesNoBody(spelledAfter))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
            return;
        }

        if (!(prev is { } bracket && bracket.IsSymbol('(') && next is { } close && close.IsSymbol(')')) || a < 2)
        {
            return;
        }

        var spelled = ChunkEndingAt(a - 2);
        if (spelled is not null ? NamesAThing(spelled) || (IsSpelledOutAs(spelled, tokens[a].Text) && NamesNoBody(spelled)) : SpellsInLowerCase(tokens, a - 2, tokens[a].Text))
        {
            thingAcronyms.Add(NameForms.Key(chunk.Text));
        }
    }

    private static bool NamesAThing(NameChunk spelled)
    {
        var last = spelled.Tokens[spelled.Last].Text;
        return spelled.SpacedWordCount > 1 && (ThingEndings.Contains(last) || Lexicon.EventWords.Contains(last) || Lexicon.TitleWords.Contains(last) || Lexicon.RoleHeads.Contains(last))
            && !Lexicon.OrganizationHeads.Contains(last);
    }

    // The spelled-out name opens with the acronym's first letter and has at least two words ("Harbour Business District"
    // for "HBD"); a looser test than spelling every letter, as glosses skip and join words.
    private static bool IsSpelledOutAs(NameChunk spelled, string acronym) =>
        spelled.SpacedWordCount > 1 && acronym.Length > 0 && char.ToUpperInvariant(spelled.Tokens[spelled.First].Text[0]) == char.ToUpperInvariant(acronym[0]);

    // A spelled-out name that reads as a place, an office or an act, with no word that heads a body's name.
    private static bool NamesNoBody(NameChunk spelled)
    {
        var tokens = spelled.Tokens;
        for (var k = spelled.First; k <= spelled.Last; k++)
        {
            if (Lexicon.OrganizationHeads.Contains(tokens[k].Text) || Lexicon.CompanyEndings.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        var last = tokens[spelled.Last].Text;
        if (Gazetteer.OrganizationLexicon.Contains(spelled.Text))
        {
            return false;
        }

        return Lexicon.PlaceHeads.Contains(last) || ThingEndings.Contains(last) || Lexicon.TitleWords.Contains(last) || Lexicon.RoleHeads.Contains(last)
            || Lexicon.EventWords.Contains(last) || NameForms.HasAbstractNounEnding(last) || Gazetteer.PlaceGazetteer.Instance.TryFind(spelled.Text, out _);
    }

    // "a distributed denial of service (DDOS)", "Velm fever virus (VFV)": words ending in a lower-case one at `end`
    // whose initials spell the acronym (little words such as "of" may be skipped); a common noun last makes the
    // whole a thing, even when a name opens it.
    private static bool SpellsInLowerCase(IReadOnlyList<Token> tokens, int end, string acronym)
    {
        var letters = acronym.Replace(".", string.Empty);
        var k = end;
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            while (k >= 0 && tokens[k].IsWord && NameForms.IsLowerWord(tokens[k]) && char.ToLowerInvariant(tokens[k].Text[0]) != char.ToLowerInvariant(letters[i])
                && tokens[k].Text is "of" or "and" or "for" or "the" or "to")
            {
                k--;
            }

            var mayBeName = k < end && i == 0;
            if (k < 0 || !tokens[k].IsWord || !(NameForms.IsLowerWord(tokens[k]) || mayBeName) || char.ToLowerInvariant(tokens[k].Text[0]) != char.ToLowerInvariant(letters[i]))
            {
                return false;
            }

            k--;
        }

        return true;
    }
}
