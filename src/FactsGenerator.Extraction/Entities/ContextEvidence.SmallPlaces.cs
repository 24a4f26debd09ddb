using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Villages, resorts and neighbourhoods too small for the gazetteer, placed by the noun that introduces them: "the
/// community of Orrby", "his hometown of Velmano", "the lake resorts of Tarsk, Orra and Velm", "treated at the police
/// hospital at Brennholt", "a restaurant at Orrapet". News prose names such places once or twice, with no region after
/// them, so the noun is the only cue.
/// </summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Lower-case nouns of a settlement before "of" and its name ("the community of X"); the plurals open a list
    /// ("the resorts of A, B and C").</summary>
    private static readonly HashSet<string> SettlementNouns = Lexicon.Set("community communities hometown resort resorts hamlet hamlets");

    /// <summary>Lower-case nouns of a building or a camp that stands somewhere: "the hospital at X" says where it stands.
    /// (Kinds of firm's works, "plant" and "factory", are left out: "the plant at Velmco" names the owner as often.)</summary>
    private static readonly HashSet<string> StandingSiteNouns = Lexicon.Set(
        "hospital clinic camp camps restaurant restaurants hotel market mosque church temple shrine prison jail school");

    /// <summary>Capitalised heads of a named building that stands somewhere ("Velm General Hospital (VGH) at X").</summary>
    private static readonly HashSet<string> StandingSiteHeads = Lexicon.Set("Hospital Clinic Infirmary Camp Prison Jail Mosque Church Temple");

    private void CollectSmallPlaceHints(NameChunk chunk)
    {
        var (tokens, a, _, prev, prev2, next, _) = Around(chunk);
        var possessed = next is { } owner && owner.Text is "'s" or "’s";

        // "the community of Orrby", "his hometown of Velmano", "the lake resorts of Tarsk, Orra and Velm": a settlement
        // noun before "of" names the settlement; a plural one names every name of the list it opens. A person's name
        // ("the hometown of Ana Ruiz") opens with a given name or a title and is left alone.
        if (prev is { } of && of.Is("of") && prev2 is { } settlement && NameForms.IsLowerWord(settlement) && SettlementNouns.Contains(settlement.Text)
            && IsUnknownSmallPlaceName(chunk) && !possessed)
        {
            if (settlement.Text.EndsWith("s", System.StringComparison.Ordinal))
            {
                HintListFrom(chunk, EntityKind.Place);
            }
            else
            {
                Hint(chunk.Text, EntityKind.Place);
            }
        }

        // "treated at the police hospital at Brennholt", "a restaurant at Orrapet", "the migrant camp at Velmos": one
        // unknown word after "at" and a building or camp that stands there is where it stands (a weak hint: it only
        // decides a name nothing else reads). "works at Velmco" and "an analyst at Orrin" have no such noun.
        if (a >= 2 && chunk.First == chunk.Last && prev is { } at && at.Is("at") && IsStandingSiteBefore(tokens, a - 2)
            && IsUnknownSmallPlaceName(chunk) && !possessed && !(next is { } noun && ModifiesNoun(noun)))
        {
            weakPlaces.Add(NameForms.Key(chunk.Text));
        }
    }

    // A lower-case building or camp noun at the index ("hospital"), or a building's name ending in its capitalised head
    // there, also before its acronym in brackets ("Velm General Hospital (VGH)").
    private static bool IsStandingSiteBefore(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index].IsSymbol(')') && index >= 3 && tokens[index - 2].IsSymbol('(') && NameForms.IsAllCaps(tokens[index - 1].Text))
        {
            index -= 3;
        }

        // (A capitalised head opening the sentence is a common noun written with its capital: "Hospital at ...".)
        var word = tokens[index];
        return word.IsWord && (NameForms.IsLowerWord(word) ? StandingSiteNouns.Contains(word.Text) : StandingSiteHeads.Contains(word.Text) && !NameChunker.IsClauseStart(tokens, index));
    }

    // A name that can be a small place the gazetteer and the lists do not know: not a known place (the gazetteer reads
    // those), body or acronym, demonym, person's given name or title, nor an everyday word.
    private static bool IsUnknownSmallPlaceName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var first = tokens[chunk.First].Text;
        return CanBePlaceName(chunk) && !IsKnownBodyOrBareAcronym(chunk.Text) && NameForms.CountryOfDemonym(chunk.Text) is null
            && !GivenNames.Contains(first) && !TitleAbbreviations.IsTitle(first)
            && !(chunk.First == chunk.Last && (EnglishWords.IsOrdinaryWord(first) || Surnames.Contains(first)))
            && !PlaceGazetteer.Instance.TryFind(chunk.Text, out _);
    }
}
