using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Stock ticker tags ("BlackBerry (TSX:BB)", "(NYSE: VLM)") label a listed company's shares; they name no body.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Stock exchanges as ticker tags write them before the colon.</summary>
    private static readonly HashSet<string> TickerExchanges = new(System.StringComparer.Ordinal)
    {
        "NYSE", "NASDAQ", "Nasdaq", "TSX", "TSXV", "TSE", "LSE", "ASX", "NSE", "BSE", "HKEX", "SEHK", "SGX", "AMEX", "OTC", "JSE", "KRX", "NZX",
    };

    // "BlackBerry (TSX:BB) shares slid": business news tags a company with its exchange and ticker in brackets. The
    // ticker is a label of the shares, and the exchange written only there is part of that label; an exchange or a
    // ticker the document also writes elsewhere ("traded on the NYSE"), or spells out, keeps its reading.
    private void DiscardTickerTagAcronyms()
    {
        var tagged = new HashSet<string>(System.StringComparer.Ordinal);
        var elsewhere = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (IsTickerTagAt(tokens, i))
                {
                    tagged.Add(tokens[i + 1].Text);
                    tagged.Add(tokens[i + 3].Text);
                    i += 4;
                    continue;
                }

                if (tokens[i].IsWord)
                {
                    elsewhere.Add(tokens[i].Text);
                }
            }
        }

        foreach (var name in tagged)
        {
            var record = registry.Find(name, EntityKind.Organization);
            if (!elsewhere.Contains(name) && record is not null && record.Name == name && record.Aliases.Count == 0)
            {
                record.Discarded = true;
            }
        }
    }

    // "(TSX:BB)", "(NYSE: VLM)": an opening bracket, a listed exchange, a colon, a ticker in capitals and a closing bracket.
    private static bool IsTickerTagAt(IReadOnlyList<Token> tokens, int i) =>
        i + 4 < tokens.Count && tokens[i].IsSymbol('(') && TickerExchanges.Contains(tokens[i + 1].Text) && tokens[i + 2].IsSymbol(':')
        && tokens[i + 3].IsWord && NameForms.IsAllCaps(tokens[i + 3].Text) && tokens[i + 4].IsSymbol(')');
}
