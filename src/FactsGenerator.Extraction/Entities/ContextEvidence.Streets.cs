using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Streets whose last word is no place head because it also ends people's or bodies' names: "shot on Orrin Place",
/// "lived on Velm Drive", "the stopbank at Harlow Rd". A street word after a preposition of where names the street,
/// not a person called "Orrin Place"; the short forms ("Rd", "Ave", "Blvd") end nothing but a street.
/// </summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Street words that end a street's name only after a preposition of where: each also ends a person's
    /// name ("Glenn Close", "Ana Place") or a body's ("Orra Way").</summary>
    private static readonly HashSet<string> AmbiguousStreetWords = Lexicon.Set("Drive Crescent Terrace Close Grove Mews Place Way");

    /// <summary>Short street words, which end nothing but a street wherever the name stands.</summary>
    private static readonly HashSet<string> StreetAbbreviations = Lexicon.Set("Rd Ave Blvd Hwy");

    /// <summary>Lower-case prepositions before a street ("on", "along", "off" are a street's own).</summary>
    private static readonly HashSet<string> StreetPrepositions = Lexicon.Set("on along off onto in at near into down up outside");

    private void CollectStreetName(NameChunk chunk)
    {
        var (tokens, a, b, prev, _, _, _) = Around(chunk);
        if (b == a || !tokens[b].IsWord)
        {
            return;
        }

        var head = tokens[b].Text;
        var abbreviated = StreetAbbreviations.Contains(head);
        if (!abbreviated && !AmbiguousStreetWords.Contains(head))
        {
            return;
        }

        // ("on Mayor Ana Place": a title opens a person's name, and "the Orra Way" a body's; "shouted at Mark Close" aims at a person.)
        var afterPreposition = prev is { } where && NameForms.IsLowerWord(where) && StreetPrepositions.Contains(where.Text)
            && !AimedActs.PrecedePreposition(tokens, a - 1);
        if ((abbreviated || afterPreposition) && !TitleAbbreviations.IsTitle(tokens[a].Text)
            && !IsKnownBodyOrBareAcronym(chunk.Text) && NameForms.CountryOfDemonym(tokens[a].Text) is null)
        {
            Hint(chunk.Text, EntityKind.Place);
        }
    }
}
