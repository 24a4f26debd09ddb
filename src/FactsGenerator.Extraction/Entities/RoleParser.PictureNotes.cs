using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>Where a picture shows the person ("pictured", "left", "above"): a web page's caption note in brackets
    /// right after a name, which says nothing of the person.</summary>
    private static readonly HashSet<string> PictureNotes = new(System.StringComparer.Ordinal)
    {
        "pictured", "picture", "photo", "above", "below", "left", "right", "centre", "center", "top", "inset", "file",
    };

    // "X (pictured), president of Y, said": the apposition follows the note; returns the index after ")" or p.
    private static int SkipPictureNote(IReadOnlyList<Token> tokens, int p) =>
        p + 2 < tokens.Count && tokens[p].IsSymbol('(') && NameForms.IsLowerWord(tokens[p + 1]) && PictureNotes.Contains(tokens[p + 1].Text)
        && tokens[p + 2].IsSymbol(')') ? p + 3 : p;
}
