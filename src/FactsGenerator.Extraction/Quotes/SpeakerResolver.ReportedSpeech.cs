using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Union negotiator Ana Ruiz said they were ready to strike." followed by a paragraph that is only a quotation: news
/// copy paraphrases a person and then quotes them in the next paragraph, without repeating the attribution.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens an aside between commas after the subject may span ("Ana Ruiz, 52, a pilot, said").</summary>
    private const int MaxReportingAsideTokens = 12;

    /// <summary>How many tokens the subject of a reported clause may take before its name ("the mayor, Ana Ruiz").</summary>
    private const int MaxReportedSubjectTokens = 4;

    // Verbs of saying whose object is an act or a question rather than the speaker's view: a quotation after
    // "X asked whether ..." or "X denied ..." may well be somebody else's answer.
    private static readonly HashSet<string> NotReportingVerbs = Lexicon.Set(
        "asked asks denied denies reported reports described describes called calls posted posts read reads");

    /// <summary>
    /// The person a sentence of reported speech opens with ("Ana Ruiz said the port would close", "Health Minister
    /// Jo Kim is urging parents to ..."): the sentence has no quotation, its subject is a person followed by a verb
    /// of saying, and it names no other person but one only spoken of deep in the reported clause. Null otherwise.
    /// </summary>
    public EntityMention? ReportingPersonOf(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsSymbol('"'))
            {
                return null;
            }
        }

        if (tokens.Count > 1 && (tokens[0].Is("he") || tokens[0].Is("she")))
        {
            // "He said his crop was sold at a loss." then "..." alone: the person the pronoun stands for.
            var antecedent = PersonBefore(tokens[0].Start, tokens[0]);
            return antecedent is not null && ReportsOnlyOwnView(sentence, SkipAdverbs(tokens, 1), antecedent) ? antecedent : null;
        }

        var subject = SubjectOfSentence(sentence);
        if (subject is null || tokens.Count == 0)
        {
            return ReportingPersonInLaterClause(sentence);
        }

        var v = IndexAtOrAfter(tokens, subject.End);
        // "Ana Ruiz, 52, a harbour pilot, said": up to three asides between commas. ("Labour Minister, Ana Ruiz, said":
        // the comma closing an apposition that holds the name stands right before the verb.)
        for (var aside = 0; aside < 3 && v < tokens.Count && tokens[v].IsSymbol(','); aside++)
        {
            if (v + 1 < tokens.Count && IsAttributionVerb(tokens[v + 1]))
            {
                v++;
                break;
            }

            var close = v + 1;
            while (close < tokens.Count && close - v <= MaxReportingAsideTokens && !tokens[close].IsSymbol(','))
            {
                close++;
            }

            if (close + 1 >= tokens.Count || !tokens[close].IsSymbol(','))
            {
                return null;
            }

            v = close;
            if (IsAttributionVerb(tokens[close + 1]) || Adverbs.Contains(tokens[close + 1].Text))
            {
                v = close + 1;
                break;
            }
        }

        return ReportsOnlyOwnView(sentence, SkipAdverbs(tokens, v), subject) ? subject : ReportingPersonInLaterClause(sentence);
    }

    // "Overall, the governor said the economy is sound.", "Gas prices rose, he said, and he warned that ...", "Money was
    // spent on the walls, and Ana Ruiz says she wants to know why": a sentence that opens with no person may still report
    // one person's view in a main clause after an opening phrase, a clause of its content or ", and". The first verb of
    // saying decides: its subject must be a person (a pronoun stands for its antecedent), no relative or subordinate
    // clause may open before it ("After Ana Ruiz said ...", "the man who said ..."), and the sentence must name nobody
    // else before its reported clause.
    private EntityMention? ReportingPersonInLaterClause(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        if (tokens.Count == 0 || OpensDependentClause(tokens[0]))
        {
            return null;
        }

        // ("Overall, the Governor said the season was calm, according to Jo Kim.": the sentence is another's account of
        // what was said, so its person is not shown speaking; the "according to" reading decides.)
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Is("to") && tokens[k - 1].Is("according"))
            {
                return null;
            }
        }

        for (var v = 1; v < tokens.Count; v++)
        {
            if (OpensDependentClause(tokens[v]))
            {
                return null;
            }

            if (!IsAttributionVerb(tokens[v]))
            {
                continue;
            }

            var subject = SubjectOf(tokens, new bool[tokens.Count], v);
            return subject is { Kind: EntityKind.Person } && subject.Start < tokens[v].Start && !tokens[v - 1].IsSymbol(',')
                && ReportsOnlyOwnView(sentence, v, subject) ? subject : null;
        }

        return null;
    }

    // Words that open a dependent clause beside those a framing verb stops at: "Once Ana Ruiz said the fares would
    // rise, shares fell", "shares fell as Ana Ruiz said ...", "it is unclear why (how) Ana Ruiz said ...", "shares fell on
    // what Ana Ruiz said": the person there is the clause's, and the sentence reports nobody's view in its main clause.
    private static readonly HashSet<string> DependentClauseOpeners = Lexicon.Set("once as why how what whether than");

    private static bool OpensDependentClause(Token token) =>
        token.IsWord && (ClauseOpeners.Contains(token.Text) || DependentClauseOpeners.Contains(token.Text));

    // Whether the token at v is a verb of saying that reports the subject's view, and the sentence names no other
    // person but one only spoken of deep in the reported clause.
    private bool ReportsOnlyOwnView(Sentence sentence, int v, EntityMention subject)
    {
        var tokens = sentence.Tokens;
        if (v >= tokens.Count || !(IsAttributionVerb(tokens[v]) || IsParticiple(tokens[v])) || NotReportingVerbs.Contains(tokens[v].Text))
        {
            return false;
        }

        // "Jo Kim said it was too late for the cuts Ana Ruiz proposed": a person named deep in the reported clause is
        // only spoken of. One who opens it ("Jo Kim said Ana Ruiz had resigned") or comes before the last verb of
        // saying ("Jo Kim said Ana Ruiz told the council ...") may be whom the quotation after is from.
        var lastSaying = v;
        for (var k = v + 1; k < tokens.Count; k++)
        {
            lastSaying = IsAttributionVerb(tokens[k]) || IsParticiple(tokens[k]) ? k : lastSaying;
        }

        var clause = lastSaying + 1 < tokens.Count && tokens[lastSaying + 1].Is("that") ? lastSaying + 2 : lastSaying + 1;
        var deepFrom = clause + MaxReportedSubjectTokens < tokens.Count ? tokens[clause + MaxReportedSubjectTokens].Start : sentence.End;
        var record = subject.Record.Resolve();
        foreach (var mention in entities.MentionsWithin(sentence.Start, sentence.End))
        {
            if (mention.Kind == EntityKind.Person && mention.Record.Resolve() != record && mention.Start < deepFrom)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many tokens a short aside before a relative clause may span ("71", "of Mill Road").</summary>
    private const int MaxShortAsideTokens = 6;

    // The person named right before one or two short asides that end at the comma ("Peter Hale, 71, of Mill Road,"),
    // or null. An aside holding a verb of saying or a name of its own is no description of the person.
    private EntityMention? PersonBeforeShortAsides(IReadOnlyList<Token> tokens, int comma)
    {
        var close = comma;
        for (var aside = 0; aside < 2; aside++)
        {
            var open = close - 1;
            while (open >= 0 && close - open <= MaxShortAsideTokens && !tokens[open].IsSymbol(','))
            {
                if (IsAttributionVerb(tokens[open]) || entities.MentionAt(tokens[open].Start) is { Kind: EntityKind.Person })
                {
                    return null;
                }

                open--;
            }

            if (open < 1 || !tokens[open].IsSymbol(',') || open == close - 1)
            {
                return null;
            }

            if (MentionEndingAt(tokens, open - 1) is { Kind: EntityKind.Person } person)
            {
                // ("The neighbours of Peter Hale, 71, who ...": the person is not the subject.)
                return IsInsidePrepositionalPhrase(tokens, person) ? null : person;
            }

            close = open;
        }

        return null;
    }
}
