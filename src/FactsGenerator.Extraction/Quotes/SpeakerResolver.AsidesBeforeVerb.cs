using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Asides between a subject and its verb of saying that are not set off by a pair of commas: a pair of dashes ("Prime
/// Minister Ana Ruiz — who will seek re-election in April — said it was a "..."") and a relative clause with no commas
/// at all ("Ana Ruiz who rushed to the scene said it was "...""). The aside says more about the subject, which stands
/// before it; read as the subject itself, the words before the verb named nobody and the quotation went without a speaker.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Most words of a relative clause with no commas between the subject and the verb.</summary>
    private const int MaxUnpunctuatedRelativeWords = 8;

    // The subject before an aside that ends at p, right before the verb of saying, or null; next is the token to read
    // the subject back from instead of p (the one before the opening dash), or p when no dashed aside ends there.
    private EntityMention? SubjectBeforeDashedAside(IReadOnlyList<Token> tokens, bool[] insideQuote, int p, out int next)
    {
        next = p;
        var open = IsDash(tokens[p]) ? OpeningDashBefore(tokens, insideQuote, p) : -1;
        if (open < 1)
        {
            return null;
        }

        // ("A witness who saw Jo Kim — the driver — said": the dashes describe the object of a relative clause, whose
        // subject said it; read from the dash, as before, rather than from the object.)
        var described = MentionEndingAt(tokens, open - 1);
        var beforeDescribed = described is null ? -1 : IndexAtOrAfter(tokens, described.Start) - 1;
        if (InsideRelativeClause(tokens, beforeDescribed))
        {
            return null;
        }

        next = open - 1;

        // ("Ana Ruiz, head of a delegation sent by Jo Kim — the rebel leader — confirmed": the dashes describe Jo Kim,
        // inside a description of Ana Ruiz whose closing comma they stand in for.)
        return described is { Kind: EntityKind.Person } ? PersonBeforeUnclosedAside(tokens, beforeDescribed) : null;
    }

    // "Ana Ruiz who rushed to the scene said": the person right before a "who" whose clause, lower-case words only,
    // runs up to the verb's token before at p. ("The family of Ana Ruiz who died in the crash said": a person after a
    // preposition is not the subject, the family is.)
    private EntityMention? PersonBeforeUnpunctuatedRelative(IReadOnlyList<Token> tokens, int p)
    {
        for (var k = p; k >= 1 && p - k <= MaxUnpunctuatedRelativeWords; k--)
        {
            if (tokens[k].Is("who"))
            {
                // ("A neighbour who knew Ana Ruiz who lived next door said": a person inside another relative clause
                // is its object, not the subject.)
                return k < p && MentionEndingAt(tokens, k - 1) is { Kind: EntityKind.Person } person
                    && IndexAtOrAfter(tokens, person.Start) - 1 is var before && !FollowsPreposition(tokens, before)
                    && !InsideRelativeClause(tokens, before) ? person : null;
            }

            if (!NameForms.IsLowerWord(tokens[k]) || IsAttributionVerb(tokens[k]) || tokens[k].Is("that") || tokens[k].Is("which"))
            {
                return null;
            }
        }

        return null;
    }

    // A lower-case preposition at before, right before a mention ("of Ana Ruiz"; a capitalised title's own "for",
    // "Secretary of State for Transport Ana Ruiz", is part of the name's office and stands further back).
    private static bool FollowsPreposition(IReadOnlyList<Token> tokens, int before) =>
        before >= 0 && NameForms.IsLowerWord(tokens[before]) && Prepositions.Contains(tokens[before].Text);

    // A "who", "whom", "that" or "which" at or before token before, with no comma, dash or quotation mark between: what
    // follows belongs to that relative clause ("the firefighter who rescued Ana Ruiz").
    private static bool InsideRelativeClause(IReadOnlyList<Token> tokens, int before)
    {
        for (var k = before; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.Is("who") || token.Is("whom") || token.Is("that") || token.Is("which"))
            {
                return true;
            }

            if (!token.IsWord && !(token.Text is "'s" or "'S") && !(token.IsSymbol('-') && !token.SpaceBefore))
            {
                return false;
            }
        }

        return false;
    }
}
