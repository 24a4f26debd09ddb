using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "The ruling found", "the proclamation said" with no owner named: the court that a recent sentence says ruled,
/// or the person or body that a recent sentence says signed or declared something, when exactly one did.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many sentences back the body that issued a ruling or a decree may be named.</summary>
    private const int MaxSentencesToIssuer = 5;

    // What a court or a judge hands down; whoever ruled or decided is its author.
    private static readonly HashSet<string> JudicialDocumentNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "summary", "ruling", "decision", "judgment", "judgement", "opinion", "verdict",
    };

    private static readonly HashSet<string> RulingVerbs = new(System.StringComparer.Ordinal)
    {
        "ruled", "found", "decided", "issued", "delivered", "handed", "concluded", "published", "released",
    };

    // What an official or a body proclaims; whoever signed or declared it is its author.
    private static readonly HashSet<string> OfficialDocumentNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "proclamation", "order", "decree", "statement", "announcement", "notice", "communique", "warning", "alert", "advisory", "bulletin",
    };

    private static readonly HashSet<string> ProclaimingVerbs = new(System.StringComparer.Ordinal)
    {
        "signed", "issued", "declared", "proclaimed", "announced", "ordered", "decreed", "released", "published",
    };

    // Words that open a subordinate clause: "the move came after X declared" names X as no main actor.
    private static readonly HashSet<string> Subordinators = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "since", "until", "that", "as", "because", "while", "if", "though", "although",
        "once", "which", "who", "whom", "whose", "where", "unless",
    };

    // "The summary of the decision read": the document is the head noun, not the one after "of".
    private static int DocumentHead(IReadOnlyList<Token> tokens, int index)
    {
        if (index >= 3 && tokens[index - 1].Is("the") && tokens[index - 2].Is("of") && tokens[index - 3].IsWord
            && DocumentNouns.Contains(tokens[index - 3].Text) && DocumentNouns.Contains(tokens[index].Text))
        {
            return index - 3;
        }

        return index;
    }

    // The one actor that recent sentences name as the main subject of a verb that issues this kind of document.
    private EntityMention? IssuerInRecentSentences(Sentence sentence, string noun)
    {
        var verbs = JudicialDocumentNouns.Contains(noun) ? RulingVerbs : OfficialDocumentNouns.Contains(noun) ? ProclaimingVerbs : null;
        if (verbs is null)
        {
            return null;
        }

        EntityMention? issuer = null;
        for (var s = sentence.Index - 1; s >= 0 && sentence.Index - s <= MaxSentencesToIssuer; s--)
        {
            var tokens = text.Sentences[s].Tokens;
            for (var k = 1; k < tokens.Count; k++)
            {
                if (!tokens[k].IsWord || !verbs.Contains(tokens[k].Text) || MakesAnotherKindOfDocument(tokens, k, noun))
                {
                    continue;
                }

                // ("The flood warning issued by the Velm Met Office covers ...": the agent of the passive issued it.)
                var subject = k + 2 < tokens.Count && tokens[k + 1].Is("by") ? AgentAfterBy(tokens, k + 2) : MainClauseSubjectBefore(tokens, k - 1);
                if (subject is null || subject.Kind == EntityKind.Place)
                {
                    continue;
                }

                if (issuer is not null && subject.Record.Resolve() != issuer.Record.Resolve())
                {
                    return null;
                }

                issuer ??= subject;
            }
        }

        return issuer ?? (JudicialDocumentNouns.Contains(noun) ? OnlyCourtInRecentSentences(sentence) : null);
    }

    private static readonly string[] BenchOffices = { "judge", "justice", "magistrate" };

    // "Judge Ana Ruiz blocked the plan. The ruling states ...": a ruling no verb says who issued comes from the court
    // or the judge that the recent sentences name, when they name exactly one (a body whose name holds "Court" or
    // "Tribunal", a person whose role ends with a judge's office).
    private EntityMention? OnlyCourtInRecentSentences(Sentence sentence)
    {
        var first = text.Sentences[System.Math.Max(0, sentence.Index - MaxSentencesToIssuer)];
        EntityMention? court = null;
        foreach (var mention in entities.MentionsWithin(first.Start, sentence.Start))
        {
            var record = mention.Record.Resolve();
            var isCourt = mention.Kind == EntityKind.Organization ? HasWord(record.Name, "Court") || HasWord(record.Name, "Tribunal")
                : mention.Kind == EntityKind.Person && record.Role is { } role && !IsQualifiedOffice(role) && EndsWithAnyOffice(role, BenchOffices);
            if (!isCourt)
            {
                continue;
            }

            if (court is not null && court.Record.Resolve() != record)
            {
                return null;
            }

            court = mention;
        }

        return court;
    }

    /// <summary>How many words may stand between a verb and the document it makes ("issued a brief written statement").</summary>
    private const int MaxWordsToMadeDocument = 4;

    // "X issued a statement" makes no ruling, and "the court issued its ruling" no statement: the verb's object, within
    // a few words, is a document of another kind than the noun (the kinds being a court's documents, an official's
    // proclamations and the rest, each its own).
    private static bool MakesAnotherKindOfDocument(IReadOnlyList<Token> tokens, int verb, string noun)
    {
        for (var k = verb + 1; k < tokens.Count && k - verb <= MaxWordsToMadeDocument && tokens[k].IsWord; k++)
        {
            if (NameForms.IsLowerWord(tokens[k]) && DocumentNouns.Contains(tokens[k].Text))
            {
                return !IsSameKindOfDocument(tokens[k].Text, noun);
            }
        }

        return false;
    }

    private static bool IsSameKindOfDocument(string made, string noun) =>
        string.Equals(made, noun, System.StringComparison.OrdinalIgnoreCase)
        || (JudicialDocumentNouns.Contains(made) && JudicialDocumentNouns.Contains(noun))
        || (OfficialDocumentNouns.Contains(made) && OfficialDocumentNouns.Contains(noun));

    // The person or body named right after "by" (past its article).
    private EntityMention? AgentAfterBy(IReadOnlyList<Token> tokens, int start)
    {
        var agent = start + 1 < tokens.Count && tokens[start].Is("the") ? start + 1 : start;
        return entities.MentionAt(tokens[agent].Start) ?? entities.MentionAt(tokens[start].Start);
    }

    // The actor ending right before the verb (past adverbs), unless a subordinating word introduces it.
    private EntityMention? MainClauseSubjectBefore(IReadOnlyList<Token> tokens, int end)
    {
        while (end > 0 && tokens[end].IsWord && (Adverbs.Contains(tokens[end].Text) || IsMannerAdverb(tokens[end])))
        {
            end--;
        }

        var subject = MentionEndingAt(tokens, end);
        if (subject is null)
        {
            return null;
        }

        var before = IndexAtOrAfter(tokens, subject.Start) - 1;
        // Titles and names before the mention ("after Governor Ana Ruiz declared") belong to the same phrase.
        while (before >= 0 && tokens[before].IsWord && (tokens[before].Is("the") || tokens[before].IsCapitalized) && !Subordinators.Contains(tokens[before].Text))
        {
            before--;
        }

        return before >= 0 && tokens[before].IsWord && (Subordinators.Contains(tokens[before].Text) || Prepositions.Contains(tokens[before].Text)) ? null : subject;
    }

    // "specifically", "formally", "reportedly": a lower-case word in -ly before a verb qualifies it. Nouns that end
    // the same way ("family", "assembly", "supply", "monopoly", "anomaly") have another letter before the ending.
    private static bool IsMannerAdverb(Token token)
    {
        var word = token.Text;
        if (!token.IsWord || word.Length < 6 || !NameForms.IsLowerWord(token) || !word.EndsWith("ly", System.StringComparison.Ordinal))
        {
            return false;
        }

        var beforeEnding = word[word.Length - 3];
        return beforeEnding != 'b' && beforeEnding != 'p' && beforeEnding != 'i' && beforeEnding != 'o' && beforeEnding != 'a';
    }
}
