using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A nation's armed service or parliament written with its demonym in lower case ("the Velmorian navy said").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Lower-case nouns of which a country has one: its armed services and its legislature. "government",
    /// "police", "forces" and "authorities" are left out: papers use them for whoever governs or patrols, not a body
    /// they name. So is "military": after a demonym ("the Velmorian military") it is the country's armed forces as a
    /// whole, which news annotators do not list as a body (0 of 3 articles), unlike its army, navy, coastguard or air force (4 of 4).</summary>
    private static readonly HashSet<string> NationalBodyNouns = Lexicon.Set("army navy coastguard parliament");

    /// <summary>Two-word national services: the first word and the second.</summary>
    private static readonly Dictionary<string, string> NationalBodyPairs = new(System.StringComparer.Ordinal)
    {
        ["coast"] = "guard",
        ["air"] = "force",
    };

    // "the Velmorian navy said", "rescued by the Ostran coastguard on Monday", "the Velmorian parliament passed": papers
    // write a nation's one army, navy, coastguard or parliament as the demonym and a lower-case noun, and it acts as a
    // body. Only after "the" (a country has one: "a Velmorian court" is any court) and where the noun ends the phrase
    // (a verb, an auxiliary, a particle or punctuation follows): "the Velmorian army headquarters", "a Velmorian army
    // colonel" and "the 90-seat Velmorian parliament" name a site, an office or a count, read by their own rules.
    private void AddNationalBodiesInLowerCase()
    {
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                var last = NationalBodyEnd(tokens, i + 1);
                if (last < 0 || !tokens[i - 1].Is("the") || !IsNationDemonym(tokens[i])
                    || !EndsForceName(tokens, last + 1))
                {
                    continue;
                }

                var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[i].Start, tokens[last].End);
                if (registry.Find(name) is not { } known || known.Resolve().Kind == EntityKind.Organization)
                {
                    registry.Mention(EntityKind.Organization, name, sentence, tokens[i].Start, tokens[last].End);
                }
            }
        }
    }

    // The last token of a national body's noun starting at `k` ("navy", "coast guard"), or -1.
    private static int NationalBodyEnd(IReadOnlyList<Token> tokens, int k)
    {
        if (NationalBodyNouns.Contains(tokens[k].Text))
        {
            return k;
        }

        return k + 1 < tokens.Count && NationalBodyPairs.TryGetValue(tokens[k].Text, out var second) && tokens[k + 1].Text == second ? k + 1 : -1;
    }

    // A capitalised demonym of a country that is no place name itself ("Velmorian", not "Velmoria").
    private bool IsNationDemonym(Token word) =>
        word.IsWord && word.IsCapitalized && NameForms.CountryOfDemonym(word.Text) is not null && !gazetteer.TryFind(word.Text, out _);
}
