using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Decides who said a quotation from the words of its sentence: an attribution after the quote
/// ("..., Michel wrote", "... tweeted Johnson", "..., he said"), else the nearest attribution verb before it
/// with its subject ("X, Azerbaijan's representative, said", "described by Johnson as"), else a colon
/// introduction ("X opposed the plan: "..."). "He"/"she" is the nearest person named before; a common-noun
/// subject ("a resident told Reuters") leaves the speaker unknown rather than guessing.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly HashSet<string> Adverbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "earlier", "then", "had", "has", "have", "previously", "once", "again", "further", "publicly",
        "quickly", "recently", "repeatedly", "reportedly", "subsequently", "simply", "last", "first", "just", "separately",
        "would", "will", "was", "is", "did", "does", "has", "had",
    };

    private static readonly HashSet<string> Prepositions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "within", "of", "from", "at", "in", "inside", "near", "for", "with", "to", "by", "among", "about",
    };

    private readonly EntitySet entities;

    public SpeakerResolver(EntitySet entities)
    {
        this.entities = entities;
    }

    /// <summary>The speaker's mention, or null when the text names none.</summary>
    public EntityMention? Resolve(Sentence sentence, bool[] insideQuote, Quotation quote)
    {
        var tokens = sentence.Tokens;
        var open = IndexAtOrAfter(tokens, quote.OpenMark);
        var close = quote.CloseMark < 0 ? -1 : IndexAtOrAfter(tokens, quote.CloseMark);

        if (close >= 0 && close < tokens.Count)
        {
            var after = AttributionAfter(tokens, insideQuote, close + 1, out var decided);
            if (decided)
            {
                return after;
            }
        }

        for (var v = open - 1; v >= 0; v--)
        {
            if (insideQuote[v] || !IsAttributionVerb(tokens[v]))
            {
                continue;
            }

            return SubjectOf(tokens, insideQuote, v);
        }

        if (open >= 1 && tokens[open - 1].IsSymbol(':'))
        {
            return FirstActor(tokens, insideQuote, open);
        }

        return null;
    }

    /// <summary>
    /// A quotation that ends its sentence may be attributed at the start of the next one
    /// ("... in two days!" Macron told the world).
    /// </summary>
    public EntityMention? ResolveFromNextSentence(Sentence next)
    {
        var tokens = next.Tokens;
        var mask = new bool[tokens.Count];
        var speaker = AttributionAfter(tokens, mask, 0, out var decided);
        return decided ? speaker : null;
    }

    // ", Michel wrote", "tweeted Johnson", ", he said". Decided is false when nothing after the quote attributes it.
    private EntityMention? AttributionAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int start, out bool decided)
    {
        decided = false;
        var p = start;
        if (p < tokens.Count && tokens[p].IsSymbol(','))
        {
            p++;
        }

        if (p >= tokens.Count || insideQuote[p])
        {
            return null;
        }

        if (IsAttributionVerb(tokens[p]))
        {
            decided = true;
            var inverted = Actor(tokens, p + 1, startsAt: true);
            if (inverted is not null)
            {
                return inverted;
            }

            return IsPronoun(tokens, p + 1) ? PersonBefore(tokens[p + 1].Start) : null;
        }

        var actorEnd = ActorEndFrom(tokens, p, out var actor, out var pronoun);
        if (actorEnd < 0)
        {
            return null;
        }

        var v = actorEnd + 1;
        while (v < tokens.Count && tokens[v].IsWord && Adverbs.Contains(tokens[v].Text))
        {
            v++;
        }

        if (v < tokens.Count && IsAttributionVerb(tokens[v]))
        {
            decided = true;
            return pronoun ? PersonBefore(tokens[p].Start) : actor;
        }

        return null;
    }

    // Finds an actor (entity or pronoun) starting at p; returns its last token index or -1.
    private int ActorEndFrom(IReadOnlyList<Token> tokens, int p, out EntityMention? actor, out bool pronoun)
    {
        actor = null;
        pronoun = false;
        if (IsPronoun(tokens, p))
        {
            pronoun = true;
            return p;
        }

        var q = p;
        if (tokens[q].Is("the"))
        {
            q++;
        }

        if (q >= tokens.Count)
        {
            return -1;
        }

        var mention = entities.MentionAt(tokens[q].Start);
        if (mention is null || mention.Kind == EntityKind.Place)
        {
            return -1;
        }

        actor = mention;
        var end = q;
        while (end + 1 < tokens.Count && tokens[end + 1].End <= mention.End)
        {
            end++;
        }

        return end;
    }

    private EntityMention? Actor(IReadOnlyList<Token> tokens, int p, bool startsAt)
    {
        if (p >= tokens.Count)
        {
            return null;
        }

        return ActorEndFrom(tokens, p, out var actor, out _) >= 0 ? actor : null;
    }

    // The subject of the attribution verb at v.
    private EntityMention? SubjectOf(IReadOnlyList<Token> tokens, bool[] insideQuote, int v)
    {
        // Passive: "were described by Johnson as".
        if (v + 2 < tokens.Count && tokens[v + 1].Is("by"))
        {
            var agent = Actor(tokens, v + 2, startsAt: true);
            if (agent is not null)
            {
                return agent;
            }
        }

        // Inverted after a quotation: "We stand ready" tweeted Johnson "to provide ...".
        if (v >= 1 && tokens[v - 1].IsSymbol('"'))
        {
            var inverted = Actor(tokens, v + 1, startsAt: true);
            if (inverted is not null)
            {
                return inverted;
            }
        }

        var p = v - 1;
        while (p >= 0 && tokens[p].IsWord && Adverbs.Contains(tokens[p].Text))
        {
            p--;
        }

        if (p < 0)
        {
            return null;
        }

        if (IsPronoun(tokens, p))
        {
            return PersonBefore(tokens[p].Start);
        }

        if (tokens[p].IsSymbol(','))
        {
            return SubjectBeforeApposition(tokens, p);
        }

        var mention = MentionEndingAt(tokens, p);
        if (mention is not null)
        {
            return IsInsidePrepositionalPhrase(tokens, mention) ? null : mention;
        }

        // "... and wrote": the subject of the coordinated clause.
        if (tokens[p].Is("and"))
        {
            return FirstActor(tokens, insideQuote, p);
        }

        if (tokens[p].Is("statement") || tokens[p].Is("ministry") || tokens[p].Is("spokesperson") || tokens[p].Is("spokesman") || tokens[p].Is("spokeswoman"))
        {
            return OrganizationBefore(tokens[p].Start);
        }

        return null;
    }

    // "X, Azerbaijan's representative, said" and "The president of the council, X, said".
    private EntityMention? SubjectBeforeApposition(IReadOnlyList<Token> tokens, int comma)
    {
        var previousComma = -1;
        for (var k = comma - 1; k >= 0; k--)
        {
            if (tokens[k].IsSymbol(','))
            {
                previousComma = k;
                break;
            }
        }

        var between = MentionEndingAt(tokens, comma - 1);
        if (between is not null && (previousComma < 0 ? true : tokens[previousComma + 1].Start == between.Start)
            && (previousComma >= 0 || IsSentenceInitialPhrase(tokens, between)))
        {
            return between;
        }

        if (previousComma > 0)
        {
            var before = MentionEndingAt(tokens, previousComma - 1);
            if (before is not null && !IsInsidePrepositionalPhrase(tokens, before))
            {
                return before;
            }
        }

        return between;
    }

    private static bool IsSentenceInitialPhrase(IReadOnlyList<Token> tokens, EntityMention mention) => tokens.Count > 0 && tokens[0].Start <= mention.Start;

    // The first person or organisation of the clause, not a possessor ("X opposed Y's plan:").
    private EntityMention? FirstActor(IReadOnlyList<Token> tokens, bool[] insideQuote, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (insideQuote[i])
            {
                continue;
            }

            var mention = entities.MentionAt(tokens[i].Start);
            if (mention is null || mention.Kind == EntityKind.Place)
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= mention.End)
            {
                last++;
            }

            if (last + 1 < tokens.Count && tokens[last + 1].Text is "'s" or "'S")
            {
                continue;
            }

            return mention;
        }

        return null;
    }

    private EntityMention? MentionEndingAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var end = tokens[index].End;
        EntityMention? found = null;
        foreach (var mention in entities.Mentions)
        {
            if (mention.End == end && mention.Kind != EntityKind.Place && (found is null || mention.Start < found.Start))
            {
                found = mention;
            }
        }

        return found;
    }

    // "a source within the Interior Ministry said": the ministry is not the subject.
    private static bool IsInsidePrepositionalPhrase(IReadOnlyList<Token> tokens, EntityMention mention)
    {
        var i = IndexAtOrAfter(tokens, mention.Start) - 1;
        var skipped = 0;
        while (i >= 0 && skipped < 3 && tokens[i].IsWord && (tokens[i].Is("the") || char.IsLower(tokens[i].Text[0])) && !Prepositions.Contains(tokens[i].Text))
        {
            i--;
            skipped++;
        }

        return i >= 0 && tokens[i].IsWord && Prepositions.Contains(tokens[i].Text);
    }

    private EntityMention? PersonBefore(int offset)
    {
        EntityMention? found = null;
        foreach (var mention in entities.Mentions)
        {
            if (mention.End > offset)
            {
                break;
            }

            if (mention.Kind == EntityKind.Person)
            {
                found = mention;
            }
        }

        return found;
    }

    private EntityMention? OrganizationBefore(int offset)
    {
        EntityMention? found = null;
        foreach (var mention in entities.Mentions)
        {
            if (mention.End > offset)
            {
                break;
            }

            if (mention.Kind == EntityKind.Organization)
            {
                found = mention;
            }
        }

        return found;
    }

    private static bool IsPronoun(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && (tokens[index].Is("he") || tokens[index].Is("she"));

    private static bool IsAttributionVerb(Token token) => token.IsWord && char.IsLower(token.Text[0]) && Lexicon.AttributionVerbs.Contains(token.Text);

    internal static int IndexAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset)
            {
                return i;
            }
        }

        return tokens.Count;
    }
}
