using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A US state abbreviated after its town the agencies' way ("Fresno, Calif.", "Albany, N.Y.") is the state.</summary>
internal sealed partial class DocumentEntityReader
{
    private bool TryStateAfterTown(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First < 2 || !tokens[chunk.First - 1].IsSymbol(',') || !NameChunker.IsNameWord(tokens[chunk.First - 2]))
        {
            return false;
        }

        if (AbbreviationAt(tokens, chunk.First, chunk.Last) is not { } abbreviation || StateAbbreviations.StateOf(abbreviation) is not { } state)
        {
            return false;
        }

        var record = Add(EntityKind.Place, state, chunk);
        registry.AddAlias(record, abbreviation);
        return true;
    }

    // "Calif" before its full stop, or "N.Y." with its own: the abbreviation as a style book writes it (at the end of
    // a sentence the one full stop closes both; "N.Y." there keeps it in its own token and takes no second one). Null
    // without a full stop: every abbreviation of the table ends with one, and this is asked after every "Name,".
    internal static string? AbbreviationAt(IReadOnlyList<Token> tokens, int first, int last)
    {
        var lastText = tokens[last].Text;
        var endsWithStop = lastText[lastText.Length - 1] == '.';
        var stopAfter = last + 1 == tokens.Count || (tokens[last + 1].IsSymbol('.') && !tokens[last + 1].SpaceBefore);
        if (!endsWithStop && !stopAfter)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            builder.Append(tokens[i].Text);
        }

        if (!endsWithStop)
        {
            builder.Append('.');
        }

        return builder.ToString();
    }
}
