using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Company evidence from the trade a name is written with: "its Kestrel chain", "gas producer X", call signs.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Lower-case nouns for a line of shops or goods that follow a company's own name ("the Kestrel chain",
    /// "its Dallow brand"). A place before them is left out ("the Orra Island chain" is a row of islands).</summary>
    private static readonly HashSet<string> ChainNouns = Lexicon.Set("chain brand supermarket supermarkets");

    /// <summary>Agent nouns that name a company only after a lower-case word of its trade ("gas producer X",
    /// "property developer X", "streaming service X"); alone before a name most of them name a person's job.</summary>
    private static readonly HashSet<string> TradeAgentNouns = Lexicon.Set(
        "producer producers developer developers service distributor wholesaler exporter importer refiner miner " +
        "lender broker supermarket supermarkets");

    /// <summary>Trades that people practise as often as companies ("record producer X", "game developer X"): before
    /// these the name is left to the person rules.</summary>
    private static readonly HashSet<string> PersonalTrades = Lexicon.Set(
        "record film movie music television executive associate line game software web video theatre theater stage " +
        "series show documentary fashion memorial church funeral prayer");

    /// <summary>Places in a band: "Quillon Drift drummer Ana Ruiz" names the band she plays in ("singer" is left
    /// out: it follows places and genres as often, "a Texas singer").</summary>
    private static readonly HashSet<string> BandMemberNouns = Lexicon.Set(
        "drummer guitarist bassist keyboardist frontman frontwoman vocalist");

    private void CollectTradeHints(NameChunk chunk)
    {
        var (tokens, a, b, prev, prev2, next, _) = Around(chunk);

        // "the Kestrel chain", "its Dallow brand": only after "the" or a possessive, so the name owns the chain.
        var owned = a >= 1 && (tokens[a - 1].Is("the") || tokens[a - 1].Is("its") || tokens[a - 1].Is("their"));
        var chain = owned && next is { } kind && NameForms.IsLowerWord(kind) && ChainNouns.Contains(kind.Text);

        // "the state gas producer Velkor", "property developer Echo Holdings": a trade word before the agent noun.
        var trade = prev is { } agent && NameForms.IsLowerWord(agent) && TradeAgentNouns.Contains(agent.Text)
            && prev2 is { } field && NameForms.IsLowerWord(field) && field.Text.Length > 2 && !PersonalTrades.Contains(field.Text)
            && !Lexicon.CapitalisedFunctionWords.Contains(field.Text) && !Lexicon.AttributionVerbs.Contains(field.Text)
            && !RoleParser.IsRoleHead(field);

        // "Quillon Drift drummer Ana Ruiz": the band before a member's place in it and her name.
        var band = next is { } member && NameForms.IsLowerWord(member) && BandMemberNouns.Contains(member.Text)
            && b + 2 < tokens.Count && NameChunker.IsNameWord(tokens[b + 2]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[b + 2].Text);

        // The words around the name are tested first: few names have such a trade beside them, and the name's own
        // tests (place, demonym, given name) cost a look-up each.
        if ((chain || trade || band || NameForms.IsCallSign(chunk.Text))
            && !NameForms.IsCountryOrDemonym(chunk.Text) && !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) && !GivenNamesOpen(chunk) && !HasPlaceWord(chunk) && !IsHolderAfterOfficeOfLowerBody(chunk))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }
    }

    // "the Orra Island chain", "the Velm Mountain chain": a word of place or a nationality makes the chain a row of
    // islands or peaks, not shops.
    private static bool HasPlaceWord(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (Lexicon.PlaceHeads.Contains(chunk.Tokens[i].Text) || NameForms.IsCountryOrDemonym(chunk.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
