using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A ministry written in lower case after its portfolio ("the health ministry said"), as many papers style it.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Lower-case portfolios a government has one ministry of. Only words that name a portfolio and nothing
    /// a phrase could otherwise be about ("the trade ministry", but no "the new ministry").</summary>
    private static readonly HashSet<string> MinistryPortfolios = Lexicon.Set(
        "health foreign interior home defence defense finance justice education agriculture trade commerce energy " +
        "environment transport labour labor tourism information culture industry housing immigration fisheries " +
        "petroleum oil mines mining water");

    // "the health ministry said", "according to the country's health ministry", "officials at the agriculture ministry
    // are": news writes a government's ministry as its portfolio and a lower-case "ministry", and it acts as a body of
    // that name ("health ministry"). Only after "the" or a common noun's possessive ("the territory's"), where the noun
    // ends the phrase (a verb, an auxiliary, a particle or punctuation follows): "a health ministry official", "health
    // ministry spokesman X" are offices, and a name's possessive ("Velmora's health ministry") is read with the name.
    private void AddPortfolioMinistries()
    {
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                if (!tokens[i + 1].Is("ministry") || !NameForms.IsLowerWord(tokens[i]) || !MinistryPortfolios.Contains(tokens[i].Text)
                    || !OpensPortfolioMinistry(tokens, i - 1) || !EndsForceName(tokens, i + 2))
                {
                    continue;
                }

                var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[i].Start, tokens[i + 1].End);
                if (registry.Find(name) is not { } known || known.Kind == EntityKind.Organization)
                {
                    registry.Mention(EntityKind.Organization, name, sentence, tokens[i].Start, tokens[i + 1].End);
                }
            }
        }
    }

    // "the" right before the portfolio, or the possessive of a lower-case noun ("the country's", "the territory's").
    private static bool OpensPortfolioMinistry(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Is("the") || (k > 0 && RoleParser.IsPossessiveS(tokens[k]) && NameForms.IsLowerWord(tokens[k - 1]));
}
