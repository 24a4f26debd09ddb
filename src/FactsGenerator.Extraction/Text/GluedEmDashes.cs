using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// An em dash glued to the words around it ("Ana Ruiz—a lawyer—said") sets off a clause just as a spaced one does;
/// the normaliser writes every dash as "-", which would read it as a hyphen joining two words into one name
/// ("Ana Ruiz-a"). Its token and the one after it are marked as spaced, so nothing joins across it. En dashes glued
/// to words join ranges and pairs ("1990–2001", "Dallas–Fort Worth") and are left as they are.
/// </summary>
internal static class GluedEmDashes
{
    public static void Separate(List<Token> tokens, string original)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Symbol || token.Length != 1 || original[token.Start] is not ('\u2014' or '\u2015'))
            {
                continue;
            }

            if (!token.SpaceBefore)
            {
                tokens[i] = new Token(token.Kind, token.Start, token.Text, true);
            }

            if (i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore)
            {
                var next = tokens[i + 1];
                tokens[i + 1] = new Token(next.Kind, next.Start, next.Text, true);
            }
        }
    }
}
