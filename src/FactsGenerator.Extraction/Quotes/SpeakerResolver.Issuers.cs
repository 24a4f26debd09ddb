using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Speakers that talk through someone or something else: the issuer of a document ("the court's summary
/// said") and the body an unnamed representative speaks for ("an official from the port authority said").
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many words may describe a document between its owner and its noun ("Kim's brief written statement").</summary>
    private const int MaxDocumentModifiers = 2;

    // Nouns for what a person or body issues; the words in it are the issuer's.
    private static readonly HashSet<string> DocumentNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "summary", "opinion", "ruling", "judgment", "judgement", "decision", "letter", "tweet",
        "post", "message", "release", "communique", "announcement", "proclamation", "decree", "notice", "order", "filing",
        "website", "blog", "report", "verdict", "press", "description", "caption", "warning", "alert", "advisory", "bulletin",
    };

    // Unnamed people who speak for the body they belong to.
    private static readonly HashSet<string> RepresentativeNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "spokesperson", "spokespeople", "spokesman", "spokeswoman", "spokesmen", "representative",
        "representatives",
    };

    // "The statement read:", "..., read the statement", "Kim's letter read in part": "read" reports a document's
    // words only next to the document or the quotation ("she learned to read and write" reports nothing).
    private static bool IsDocumentReading(IReadOnlyList<Token> tokens, int v, bool inverted = true)
    {
        if (!tokens[v].IsWord || tokens[v].Text != "read")
        {
            return false;
        }

        if (v >= 1 && tokens[v - 1].IsWord && DocumentNouns.Contains(tokens[v - 1].Text))
        {
            return true;
        }

        if (v + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[v + 1];
        return next.IsSymbol(':') || next.IsSymbol(',') || next.IsSymbol('"')
            || (v + 2 < tokens.Count && ((next.Is("in") && tokens[v + 2].Is("part")) || (inverted && next.Is("the") && DocumentNouns.Contains(tokens[v + 2].Text))));
    }

    // "the following statement from the king:", "a message from Ana Ruiz saying": the words are the sender's, not
    // those of whoever released the document. The sender ends right before the index (the colon or participle).
    private EntityMention? SenderOfDocument(IReadOnlyList<Token> tokens, bool[] insideQuote, int index)
    {
        for (var k = index - 3; k >= 0; k--)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"'))
            {
                return null;
            }

            if (!tokens[k].IsWord || !NameForms.IsLowerWord(tokens[k]) || !DocumentNouns.Contains(tokens[k].Text)
                || !(tokens[k + 1].Is("from") || tokens[k + 1].Is("by")))
            {
                continue;
            }

            var end = ActorEndFrom(tokens, k + 2, out var actor, out var pronoun);
            if (end >= 0)
            {
                return end + 1 == index && !pronoun && actor is not null && actor.Kind != EntityKind.Place ? actor : null;
            }

            // "from the king": a description of someone named before.
            if (!tokens[k + 2].Is("the") || index - (k + 3) > MaxDescriptionWords)
            {
                return null;
            }

            for (var w = k + 3; w < index; w++)
            {
                if (!NameForms.IsLowerWord(tokens[w]))
                {
                    return null;
                }
            }

            return index > k + 3 ? Described(tokens[index - 1]) : null;
        }

        return null;
    }

    // The index before a bracketed aside that ends at index ("(FA)", "(D-Ohio)"), else index itself.
    private static int BeforeParenthesis(IReadOnlyList<Token> tokens, int index)
    {
        const int MaxAsideTokens = 6;
        if (index < 0 || !tokens[index].IsSymbol(')'))
        {
            return index;
        }

        for (var k = index - 1; k >= 1 && index - k <= MaxAsideTokens; k--)
        {
            if (tokens[k].IsSymbol('('))
            {
                return k - 1;
            }

            if (tokens[k].IsSymbol(')') || tokens[k].IsSymbol('"'))
            {
                break;
            }
        }

        return index;
    }

    // "The court's summary", "Kim's written statement" ending at index: the owner's mention.
    private EntityMention? IssuerOfDocument(IReadOnlyList<Token> tokens, int index)
    {
        // "The opinion of the Court": a body named before under a longer name.
        if (index >= 3 && tokens[index].IsWord && tokens[index - 1].Is("the") && (tokens[index - 2].Is("of") || tokens[index - 2].Is("from"))
            && tokens[index - 3].IsWord && DocumentNouns.Contains(tokens[index - 3].Text) && MentionEndingAt(tokens, index) is null)
        {
            return Described(tokens[index]);
        }

        if (index < 2 || !tokens[index].IsWord || !DocumentNouns.Contains(tokens[index].Text))
        {
            return null;
        }

        var possessive = index - 1;
        // "the agency's formal notice", "the league's FTC notice", "the firm's take-down notice": modifiers, maybe
        // capitalised or hyphenated, stand between the owner and the document.
        var modifiers = 1;
        while (possessive > 0 && modifiers <= MaxDocumentModifiers && !IsPossessive(tokens[possessive])
            && (tokens[possessive].IsWord || (tokens[possessive].IsSymbol('-') && !tokens[possessive].SpaceBefore)))
        {
            // (A hyphenated modifier counts once.)
            modifiers += tokens[possessive].IsWord && !(possessive >= 1 && tokens[possessive - 1].IsSymbol('-')) ? 1 : 0;
            possessive--;
        }

        if (!IsPossessive(tokens[possessive]))
        {
            // "The Appeals Court ruling", "the Harbour Board report": with no owner in the possessive, a body's name
            // used as a modifier owns the document.
            return NameForms.IsLowerWord(tokens[index]) && MentionEndingAt(tokens, index - 1) is { Kind: EntityKind.Organization } adjunct ? adjunct : null;
        }

        var owner = MentionEndingAt(tokens, possessive - 1);
        if (owner is null && possessive >= 2 && tokens[possessive - 2].Is("the") && NameForms.IsLowerWord(tokens[possessive - 1]))
        {
            // "The court's summary": the court named before.
            return Described(tokens[possessive - 1]);
        }

        return owner is not null && owner.Kind != EntityKind.Place ? owner : null;
    }

    // "The opinion of the Court", "a statement from the ministry": the body after a document noun.
    private static bool IsDocumentOwner(IReadOnlyList<Token> tokens, EntityMention owner)
    {
        if (owner.Kind == EntityKind.Place)
        {
            return false;
        }

        var i = IndexAtOrAfter(tokens, owner.Start) - 1;
        if (i >= 0 && tokens[i].Is("the"))
        {
            i--;
        }

        return i >= 1 && (tokens[i].Is("of") || tokens[i].Is("from") || tokens[i].Is("by")) && tokens[i - 1].IsWord && DocumentNouns.Contains(tokens[i - 1].Text);
    }

    // The index of a document noun owned through the possessive at index ("Kim 's brief statement"), or -1.
    private static int DocumentNounAfterPossessive(IReadOnlyList<Token> tokens, int possessive)
    {
        for (var k = possessive + 1; k < tokens.Count && k - possessive <= MaxDocumentModifiers + 1 && tokens[k].IsWord; k++)
        {
            if (DocumentNouns.Contains(tokens[k].Text))
            {
                return k;
            }

            if (!NameForms.IsLowerWord(tokens[k]))
            {
                break;
            }
        }

        return -1;
    }

    private static bool IsPossessive(Token token) => token.Text is "'s" or "'S" or "'";

    // "An official from the port authority", "a spokesperson for the court": the body after the representative.
    private static bool IsRepresentedBody(IReadOnlyList<Token> tokens, EntityMention body)
    {
        if (body.Kind != EntityKind.Organization)
        {
            return false;
        }

        var i = IndexAtOrAfter(tokens, body.Start) - 1;
        if (i >= 0 && tokens[i].Is("the"))
        {
            i--;
        }

        if (i < 1 || !(tokens[i].Is("from") || tokens[i].Is("for") || tokens[i].Is("of") || tokens[i].Is("at")))
        {
            return false;
        }

        // The representative opens the clause: "An official from X said", "Two officials of X said", not "Jo Kim,
        // an official from X, said" (the apposition names the speaker).
        var noun = i - 1;
        if (!tokens[noun].IsWord || !RepresentativeNouns.Contains(tokens[noun].Text))
        {
            return false;
        }

        var before = noun - 1;
        while (before >= 0 && tokens[before].IsWord && noun - before <= 3 && (NameForms.IsLowerWord(tokens[before]) || Determiners.Contains(tokens[before].Text)))
        {
            before--;
        }

        return before < 0 || !tokens[before].IsWord;
    }

    private static readonly HashSet<string> Determiners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "two", "three", "several", "some", "senior", "another",
    };
}
