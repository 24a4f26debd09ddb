using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// An age written beside a name of two words or more ("the 13-year-old Orin Vaskel", "Orin Vaskel, a 25-year-old
/// selling phone cards,", "Orin Vaskel (28)"): only people are given ages that way, so the name is a person's
/// whatever its given name (news names many people whose given names no list knows).
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxBracketedAge = 110;

    // (No word of the name may be an everyday word: "the 30-year-old Harwick Mill" is a building.)
    private static bool HasAgeBeside(NameChunk chunk) =>
        !HasEverydayWord(chunk) && (IsAgedBefore(chunk) || IsAgedInApposition(chunk.Tokens, chunk.Last) || IsAgedInBrackets(chunk.Tokens, chunk.Last));

    // "the 13-year-old Orin Vaskel sobbed"; not "the 23-year-old Velm Rovers striker", where the name only says where
    // the person named next belongs.
    private static bool IsAgedBefore(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        return chunk.First >= 1 && EndsAgeAdjective(tokens, chunk.First - 1) && !(next < tokens.Count && IsPersonNoun(tokens[next]));
    }

    // "Orin Vaskel, a 25-year-old selling cards," / ", a 25-year-old from Lowbridge" / ", a 25-year-old, said": the
    // age adjective stands for the person; "Velm Works, a 100-year-old company" goes on with a noun for a thing and
    // is left to other evidence (a noun for a person after the age says a person too).
    private static bool IsAgedInApposition(IReadOnlyList<Token> tokens, int last)
    {
        var article = last + 2;
        var old = article + 5;
        if (old >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !(tokens[article].Is("a") || tokens[article].Is("an")) || !EndsAgeAdjective(tokens, old))
        {
            return false;
        }

        if (old + 1 >= tokens.Count || !tokens[old + 1].IsWord)
        {
            return true;
        }

        var word = tokens[old + 1];
        return IsPersonNoun(word) || (NameForms.IsLowerWord(word) && (AgedDescriptionLinks.Contains(word.Text)
            || (word.Text.Length > 4 && word.Text.EndsWith("ing", System.StringComparison.Ordinal))));
    }

    // Words that go on describing the person after the age ("a 25-year-old from", "a 25-year-old who").
    private static readonly HashSet<string> AgedDescriptionLinks = new(System.StringComparer.Ordinal) { "from", "who", "whose", "of", "in", "at", "with", "and" };

    // "identified as Orin Vaskel (28) and Ana Ruiz (30)": a small whole number in brackets right after a name is
    // the age South Asian papers write there.
    private static bool IsAgedInBrackets(IReadOnlyList<Token> tokens, int last) => RoleParser.IsBracketedAge(tokens, last + 1, MaxBracketedAge);
}
