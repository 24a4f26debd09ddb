using System.Collections.Generic;
using System.Text;

namespace FactsGenerator.Extraction.Text;

/// <summary>The text of a run of tokens as written: a space only where the document had one ("co-founder", "U.S.").</summary>
internal static class TokenText
{
    public static string Of(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first == last)
        {
            return tokens[first].Text;
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].SpaceBefore)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }
}
