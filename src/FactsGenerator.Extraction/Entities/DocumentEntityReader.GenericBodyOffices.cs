using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Central Bank President X", "Election Commission Secretary X": a body named only by common words is no
/// proper name the reader could look up, so it stays in the office ("central bank president") besides being the
/// affiliation.</summary>
internal sealed partial class DocumentEntityReader
{
    // Heads of a body that, after common words only, name a kind of body rather than one by its name. (A party is
    // an affiliation by convention: "Labour Party leader" stays "leader".)
    private static readonly HashSet<string> GenericBodyHeads = new(System.StringComparer.Ordinal)
    {
        "Bank", "Commission", "Ministry", "Department", "Court", "Service", "Agency", "Office", "Guard", "Police",
        "Army", "Navy", "Bureau", "Board", "Council", "Committee", "Authority",
    };

    private const int MaxGenericBodyWords = 3;

    // The office with the generic body before it in lower case ("central bank president", "former election commission
    // secretary"), or null when the words before the office name a body by its proper name, a country or a place.
    private string? OfficeWithGenericBody(IReadOnlyList<Text.Token> tokens, NameChunk body, string office)
    {
        // (A lone head, "Court" left after "Supreme", is too little to name a kind of body.)
        if (body.First == body.Last || body.SpacedWordCount > MaxGenericBodyWords || !GenericBodyHeads.Contains(tokens[body.Last].Text)
            || gazetteer.TryFind(body.Text, out _))
        {
            return null;
        }

        for (var k = body.First; k <= body.Last; k++)
        {
            var word = tokens[k];
            if (!word.IsWord || !char.IsUpper(word.Text[0]) || NameForms.IsCountryOrDemonym(word.Text) || !EnglishWords.IsOrdinaryWord(word.Text))
            {
                return null;
            }
        }

        const string Former = "former ";
        var past = office.StartsWith(Former, System.StringComparison.Ordinal);
        var held = past ? office.Substring(Former.Length) : office;
        return (past ? Former : string.Empty) + body.Text.ToLowerInvariant() + " " + held;
    }
}
