using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "X, head of Velm's municipal council", "X, the head of Velmoria's ruling military council", "X, head of the board's
/// Orra office": the unit someone leads, named by lower-case words after its owner's possessive, is part of the office
/// (head of municipal council), and a named owner is the affiliation. Before, the whole phrase after "of" became the
/// affiliation and the role was a bare "head".
/// </summary>
internal static partial class RoleParser
{
    // Offices that lead a unit named after "of".
    private static readonly HashSet<string> UnitLeaders = new(System.StringComparer.Ordinal)
    {
        "head", "chief", "leader", "director", "chairman", "chairwoman", "chairperson", "chair", "commander", "president",
    };

    private const int MaxUnitWords = 4;

    /// <summary>
    /// After the "of" of an office leading a unit, at first: an owner's possessive (a name, or "the" and a common noun)
    /// and the unit's words, the last in lower case, closed by punctuation. Returns the unit's last index and sets where
    /// the role's added words start (after a named owner, which is returned; at first for a common noun, whose possessive
    /// stays in the role: no name to be the affiliation), or -1 ("head of Velm's Harbour Bureau" names a body; "head of
    /// the party's convention in July" says no more than the office).
    /// </summary>
    private static int PossessedUnitEnd(IReadOnlyList<Token> tokens, int first, IReadOnlyList<NameChunk> chunks, out NameChunk? possessor, out int wordsStart)
    {
        possessor = null;
        wordsStart = first;
        var k = first;
        var article = k < tokens.Count && tokens[k].Is("the") && NameForms.IsLowerWord(tokens[k]);
        if (article)
        {
            k++;
        }

        if (k + 1 >= tokens.Count)
        {
            return -1;
        }

        if (NameChunkIndex.StartingAt(chunks, k) is { } owner && owner.Last + 1 < tokens.Count && IsPossessiveS(tokens[owner.Last + 1]))
        {
            possessor = owner;
            k = owner.Last + 2;
            wordsStart = k;
        }
        else if (article && NameForms.IsLowerWord(tokens[k]) && IsPossessiveS(tokens[k + 1]) && !IsDeterminer(tokens[k]) && !PossessivePronouns.Contains(tokens[k].Text))
        {
            k += 2;
        }
        else
        {
            return -1;
        }

        var end = -1;
        for (var i = k; i < tokens.Count && i - k < MaxUnitWords && tokens[i].IsWord; i++)
        {
            var lower = NameForms.IsLowerWord(tokens[i]);
            if (lower ? !IsModifier(tokens[i]) || IsDeterminer(tokens[i]) : !NameChunker.IsNameWord(tokens[i]))
            {
                break;
            }

            end = i;
        }

        return end >= k && NameForms.IsLowerWord(tokens[end]) && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Symbol
            && !tokens[end + 1].IsSymbol('-') && !IsPossessiveS(tokens[end + 1]) ? end : -1;
    }
}
