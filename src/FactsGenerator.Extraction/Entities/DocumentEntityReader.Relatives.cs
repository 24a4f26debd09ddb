using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Relatives named by their first names in a list after a noun of family ("their sons Tom and Ben").</summary>
internal sealed partial class DocumentEntityReader
{
    // Nouns of family: the first names listed after them are relatives' ("their sons Tom and Ben").
    private static readonly HashSet<string> KinshipNouns = Lexicon.Set(
        "wife husband son sons daughter daughters child children brother brothers sister sisters mother father parents " +
        "grandson grandsons granddaughter granddaughters grandchild grandchildren nephew nephews niece nieces twins stepson stepdaughter");

    // "survived by two sons, Tom and Ben, and three daughters, Ana, Eva and Lia": for a single first name in a list of
    // first names that follows a noun of family, that relation in the singular ("son"), else null.
    private static string? KinshipOfListedName(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxListedNames = 8;
        var listedGiven = GivenNames.Contains(tokens[first].Text);
        if (!listedGiven && !CanBeUnlistedFirstName(tokens[first]))
        {
            return null;
        }

        // Step back over the earlier one-word names of the list and their commas or "and".
        var p = first - 1;
        for (var listed = 0; p >= 1 && listed < MaxListedNames && (tokens[p].Is("and") || tokens[p].IsSymbol(',')); listed++)
        {
            var separator = tokens[p].Is("and") && tokens[p - 1].IsSymbol(',') ? p - 1 : p;
            var name = separator - 1;
            if (name < 1 || !NameForms.IsPersonNameWord(tokens[name]) || NameChunker.IsNameWord(tokens[name - 1]))
            {
                break;
            }

            p = name - 1;
        }

        if (p >= 1 && tokens[p].IsSymbol(','))
        {
            p--;
        }

        if (p < 0 || !NameForms.IsLowerWord(tokens[p]) || !KinshipNouns.Contains(tokens[p].Text))
        {
            return null;
        }

        // A first name no list knows ("his two sons Alaa and Gamal", "the mayor's brother Ralphiel") needs the owner
        // of the relation written before the noun, which makes the noun a relation and not a label ("Brother" of a
        // monk, "the sons" of a band).
        if (!listedGiven && !IsOwnedRelation(tokens, p))
        {
            return null;
        }

        var noun = tokens[p].Text;
        return noun.EndsWith("children", System.StringComparison.Ordinal) ? noun.Substring(0, noun.Length - 3)
            : noun.EndsWith("s", System.StringComparison.Ordinal) ? noun.Substring(0, noun.Length - 1) : noun;
    }

    // Possessive determiners that own a relation written after them ("his wife", "their two sons").
    private static readonly HashSet<string> RelationOwners = Lexicon.Set("his her their my our");

    // A capitalised word that could be a first name though no list holds it: no everyday English word (a weekday in
    // "visited her son Monday" is one), no country or demonym, and no word the name rules keep from people.
    private static bool CanBeUnlistedFirstName(Token token) =>
        token.IsCapitalized && NameForms.IsPersonNameWord(token) && !NameForms.IsAllCaps(token.Text)
        && !EnglishWords.IsOrdinaryWord(token.Text) && !NameForms.IsCountryOrDemonym(token.Text);

    // "his sons", "their two daughters", "the mayor's brother": a possessive determiner or a possessive "'s", with at
    // most a number word between it and the noun of family at kin.
    private static bool IsOwnedRelation(IReadOnlyList<Token> tokens, int kin)
    {
        var owner = kin - 1;
        if (owner >= 1 && NameForms.IsLowerWord(tokens[owner]) && Numbers.NumberWords.IsCardinalWord(tokens[owner].Text))
        {
            owner--;
        }

        // (The text normaliser has made every apostrophe straight.)
        return owner >= 0 && (RoleParser.IsPossessiveS(tokens[owner]) || (tokens[owner].IsWord && RelationOwners.Contains(tokens[owner].Text)));
    }
}
