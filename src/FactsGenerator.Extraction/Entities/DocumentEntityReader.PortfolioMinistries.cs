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
        "petroleum oil mines mining water " +
        // Portfolios as the wires shorten them ("the farm ministry", Japan's "land ministry", Russia's "emergencies
        // ministry"); none is a church's ministry ("the youth ministry" is, and stays out).
        "farm land infrastructure emergencies economy science sports welfare planning communications railways aviation electricity");

    /// <summary>Portfolios of two lower-case words, the second of which ends the pair ("the public works ministry").</summary>
    private static readonly HashSet<string> TwoWordPortfolios = Lexicon.Set(
        "public_works home_affairs foreign_affairs internal_affairs social_affairs religious_affairs consumer_affairs " +
        "civil_aviation public_security state_security natural_resources human_rights");

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
                if (!tokens[i + 1].Is("ministry") || !NameForms.IsLowerWord(tokens[i]) || !EndsPortfolioMinistry(tokens, i + 2))
                {
                    continue;
                }

                // (The pair first: "the civil aviation ministry" is not "civil" before "the aviation ministry".)
                var first = i > 1 && IsTwoWordPortfolio(tokens, i) ? i - 1 : MinistryPortfolios.Contains(tokens[i].Text) ? i : -1;
                if (first < 1 || !OpensPortfolioMinistry(tokens, first - 1))
                {
                    continue;
                }

                var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[i + 1].End);
                if (registry.Find(name) is not { } known || known.Kind == EntityKind.Organization)
                {
                    registry.Mention(EntityKind.Organization, name, sentence, tokens[first].Start, tokens[i + 1].End);
                }
            }
        }
    }

    // "public works", "home affairs": two lower-case words written as one portfolio.
    private static bool IsTwoWordPortfolio(IReadOnlyList<Token> tokens, int last) =>
        NameForms.IsLowerWord(tokens[last - 1]) && TwoWordPortfolios.Contains(tokens[last - 1].Text + "_" + tokens[last].Text);

    // What ends a force's name ends a ministry's, and so does an adverb ("at the farm ministry shortly after", "the
    // health ministry quickly denied"): an adverb in "-ly" modifies no noun, so the ministry is the whole phrase. The
    // word after it must end the phrase too, since many words in "-ly" describe a noun ("the energy ministry daily
    // bulletin", "the farm ministry early warning system": an office's product, no body).
    private static bool EndsPortfolioMinistry(IReadOnlyList<Token> tokens, int k) =>
        EndsForceName(tokens, k) || (NameForms.IsLyAdverb(tokens[k]) && EndsForceName(tokens, k + 1));

    // "the" right before the portfolio, or the possessive of a lower-case noun ("the country's", "the territory's"), but
    // not of a place of worship's flock: "the church's sports ministry" is its outreach, no government's.
    private static bool OpensPortfolioMinistry(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Is("the") || (k > 0 && RoleParser.IsPossessiveS(tokens[k]) && NameForms.IsLowerWord(tokens[k - 1]) && !WorshipOwners.Contains(tokens[k - 1].Text));

    /// <summary>Lower-case owners whose "ministry" is a church's work ("the parish's youth ministry").</summary>
    private static readonly HashSet<string> WorshipOwners = Lexicon.Set("church parish diocese congregation chapel mosque temple synagogue");
}
