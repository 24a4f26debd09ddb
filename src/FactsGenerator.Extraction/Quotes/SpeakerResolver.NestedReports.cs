using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// A colon that closes reported speech: "Ana Ruiz told the paper the data suggested a pattern: "..."". The verb nearest
/// the quotation ("suggested") belongs to the reported clause, whose subject is a thing, not a speaker; the colon
/// hands the quotation to whoever reports that clause, the named subject of the verb of saying before it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens the reported clause may span between the verb of saying and its own verb.</summary>
    private const int MaxReportedClauseTokens = 20;

    /// <summary>
    /// For a quotation opening right after a colon whose nearest verb of saying (at index inner) has no named subject:
    /// the named subject of a verb of saying earlier in the same clause, or null.
    /// </summary>
    private EntityMention? ReporterOfColonClause(IReadOnlyList<Token> tokens, bool[] insideQuote, int inner, int open)
    {
        if (open < 1 || open > tokens.Count || !tokens[open - 1].IsSymbol(':'))
        {
            return null;
        }

        for (var u = inner - 1; u >= 0 && inner - u <= MaxReportedClauseTokens; u--)
        {
            var token = tokens[u];

            // Another quotation, a semicolon or a bracket ends the clause: a verb beyond it reports something else.
            if (insideQuote[u] || token.IsSymbol('"') || token.IsSymbol(';') || token.IsSymbol(':') || token.IsSymbol('(') || token.IsSymbol(')'))
            {
                return null;
            }

            if (!IsAttributionVerb(token) || IsPassiveWithoutAgent(tokens, u))
            {
                continue;
            }

            var reporter = SubjectOf(tokens, insideQuote, u);
            return reporter is { Kind: EntityKind.Person or EntityKind.Organization } ? reporter : null;
        }

        return null;
    }

    // "decided by Parliament": a name after "by" is the agent of a passive inside the clause, not its subject.
    private static bool IsByAgent(IReadOnlyList<Token> tokens, EntityMention mention)
    {
        var first = IndexAtOrAfter(tokens, mention.Start);
        return first >= 1 && first < tokens.Count && tokens[first - 1].Is("by");
    }
}
