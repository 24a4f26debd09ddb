using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Company evidence: what only a business has or does (shareholders, a chief executive, products, statements).</summary>
internal sealed partial class ContextEvidence
{
    private static bool GivenNamesOpen(NameChunk chunk) => Gazetteer.GivenNames.Contains(chunk.Tokens[chunk.First].Text);

    // "a spokesperson for Brightwell", "a representative of Quenby", "the manager of Harlow Publicity": someone who
    // speaks for or runs the name serves a body (a mayor or a governor runs a place, and is left out; a person's
    // spokesperson is told apart by the first name, or by the person being known already).
    private static bool IsSpokenForBody(IReadOnlyList<Token> tokens, int first)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        return k >= 1 && (tokens[k].Is("for") || tokens[k].Is("of")) && IsLowerOrOpening(tokens, k - 1)
            && tokens[k - 1].Text.ToLowerInvariant() is "spokesperson" or "spokesman" or "spokeswoman" or "spokespeople" or "spokesmen" or "representative" or "representatives"
                or "shareholders" or "shareholder" or "subsidiary" or "employees" or "employee" or "manager" or "director" or "chairman" or "chairwoman"
                or "chairperson" or "ceo" or "founder" or "co-founder" or "owner" or "owners";
    }

    // "Harlow Foods' chief executive", "Quenby's shareholders": what only a company has.
    private static bool IsOwnedAsCompany(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 1 >= tokens.Count || !(tokens[k].Text is "'s" or "'S" or "'" or "’s" or "’"))
        {
            return false;
        }

        var owned = tokens[k + 1];
        return NameForms.IsLowerWord(owned) && (owned.Text is "shareholders" or "shares" or "stock" or "subsidiary" or "subsidiaries" or "headquarters" or "employees" or "workforce"
            || (owned.Is("chief") && k + 2 < tokens.Count && tokens[k + 2].Is("executive")) || owned.Text is "ceo")
            || owned.Text is "CEO";
    }

    // "shares of Marlowe", "a stake in Castellan", "the takeover of Fenwick": only companies are traded.
    private static bool IsTradedCompany(IReadOnlyList<Token> tokens, int first)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        return k >= 1 && ((tokens[k].Is("of") || tokens[k].Is("in")) && IsLowerOrOpening(tokens, k - 1)
            && tokens[k - 1].Text.ToLowerInvariant() is "shares" or "stake" or "stakes" or "takeover" or "shareholder" or "shareholders");
    }

    private static bool IsLowerOrOpening(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].IsWord && (NameForms.IsLowerWord(tokens[index]) || NameChunker.IsClauseStart(tokens, index));

    // "Quenby, which makes electric scooters": "which" refers to a thing, and what it makes or runs is a business.
    private static bool IsBusinessDescribed(IReadOnlyList<Token> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].IsSymbol(',') && tokens[last + 2].Is("which")
        && tokens[last + 3].Text is "makes" or "made" or "owns" or "owned" or "operates" or "operated" or "sells" or "manufactures" or "produces"
            or "publishes" or "employs" or "develops" or "runs";

    /// <summary>Lower-case products a maker's name goes before ("a Kestrel phone", "the Orvane film").</summary>
    private static readonly HashSet<string> ProductNouns = Lexicon.Set("film films movie movies game games console consoles truck trucks phone phones smartphone smartphones");

    // "the Kestrel film", "an Orvane game", "the Tarrock truck": a brand before its product is the company that makes it
    // (but "the Harry Potter film" is named after a character, "the Christmas film" after a season).
    private static bool IsMakerOfProduct(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (next >= tokens.Count || !NameForms.IsLowerWord(tokens[next]) || !ProductNouns.Contains(tokens[next].Text) || GivenNamesOpen(chunk)
            || Lexicon.CapitalisedFunctionWords.Contains(tokens[chunk.First].Text)
            || (chunk.First >= 1 && tokens[chunk.First - 1].Text is "'s" or "’s"))
        {
            return false;
        }

        for (var k = chunk.First; k <= chunk.Last; k++)
        {
            if (!tokens[k].IsWord || Lexicon.NonNameWords.Contains(tokens[k].Text) || Lexicon.EventWords.Contains(tokens[k].Text) || NameForms.IsCountryOrDemonym(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Velmora Dynamics said in a statement", "Kestrel announced in a press release": a weak hint, since people
    // issue statements too.
    private static bool IsStatementIssuer(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 3 >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || !(tokens[k].Is("said") || tokens[k].Is("announced") || tokens[k].Is("confirmed") || tokens[k].Is("stated")))
        {
            return false;
        }

        return tokens[k + 1].Is("in") && tokens[k + 2].Is("a") && (tokens[k + 3].Is("statement") || (k + 4 < tokens.Count && tokens[k + 3].Is("press") && tokens[k + 4].Is("release")));
    }
}
