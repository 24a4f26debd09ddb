using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>An outlet named before the two lower-case words of its kind: "the Velm television network".</summary>
internal sealed partial class ContextEvidence
{
    // "the Orvada television network", "the Velmfo radio station", "the state-run Harnland news agency": a name right
    // before a medium and a kind of outlet is the outlet's own, though it is also a region's ("Anatolia"), as "the news
    // agency X" says of the name after it. Only after "the" and its lower-case modifiers: "a Lakeside radio station"
    // and "a Harlow, Lakeside radio station" are a station of a town; and not a country's name or its people's ("the
    // Turkish news agency" names none).
    private void CollectOutletBeforeKind(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var kind = chunk.Last + 2;
        if (kind >= tokens.Count || !IsOutletMediumAndKind(tokens[kind - 1], tokens[kind]) || NameForms.IsCountryOrDemonym(chunk.Text)
            || !OpensWithDefiniteArticle(tokens, chunk.First))
        {
            return;
        }

        Hint(chunk.Text, EntityKind.Organization);
        namedAsBody.Add(NameForms.Key(chunk.Text));
    }

    private static bool IsOutletMediumAndKind(Token medium, Token kind) =>
        NameForms.IsLowerWord(medium) && NameForms.IsLowerWord(kind)
        && ((medium.Is("news") && (kind.Is("agency") || kind.Is("service")))
            || ((medium.Is("television") || medium.Is("radio") || medium.Is("cable") || medium.Is("broadcast") || medium.Is("broadcasting"))
                && (kind.Is("network") || kind.Is("station") || kind.Is("channel"))));

    // "the Velm ...", "the state-run Velm ...": "the" opens the phrase, with at most a few lower-case words or hyphens between.
    private static bool OpensWithDefiniteArticle(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxModifierTokens = 3;
        for (var k = first - 1; k >= 0 && first - 1 - k <= MaxModifierTokens; k--)
        {
            if (tokens[k].Is("the"))
            {
                return true;
            }

            if (!(NameForms.IsLowerWord(tokens[k]) || tokens[k].IsSymbol('-')) || tokens[k].Is("a") || tokens[k].Is("an"))
            {
                return false;
            }
        }

        return false;
    }
}
