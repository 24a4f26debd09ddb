using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Aid group Harbour Relief said 900 people arrived. The organisation said they came "...": "the organisation" (or
/// "the group") is what any body is, so it stands for the body the sentence before is about (its subject), not for
/// the nearest body whose name happens to hold the word ("the World Health Organization" named three paragraphs up).
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Nouns every body is: they tell nothing of which body, unlike "the airline" or "the court".
    // ("The group" may be a group of people, but then the sentence before opens with no body.)
    private static bool IsGenericBodyNoun(Token noun) => noun.Is("organization") || noun.Is("organisation") || noun.Is("group");

    // Nouns for a kind of body that news copy uses on second reference for one whose name holds no such word ("the
    // agency" for the International Organization for Migration, "the mission" for a peacekeeping force, "the telco"
    // for a phone company): only the body the sentence before is about may be meant.
    private static readonly HashSet<string> BodyKindNouns = new(System.StringComparer.Ordinal)
    {
        "agency", "mission", "watchdog", "regulator", "charity", "telco", "broadcaster", "insurer", "lender", "retailer",
    };

    private static bool IsBodyKindNoun(Token noun) => BodyKindNouns.Contains(noun.Text);

    // The body that opens (is the subject of) the sentence before the one holding the offset, or null.
    private EntityMention? BodyOpeningSentenceBefore(int offset)
    {
        var sentence = text.SentenceAt(offset);
        if (sentence is null || sentence.Index == 0)
        {
            return null;
        }

        var before = text.Sentences[sentence.Index - 1];
        var subject = ActorSubjectOfSentence(before) ?? BodyAfterKindWords(before.Tokens);
        if (subject is { Kind: EntityKind.Organization })
        {
            return subject;
        }

        // ("Ten soldiers died, according to the Velm Defence Ministry. "...," the group said.": the group is the fighters
        // or a body whose name holds the word, not the source a ministry is; "the group" takes up no cited source.)
        return IsDescriptionAt(sentence, offset, "group") ? null : BodyCitedAsSource(before.Tokens);
    }

    // Whether the description taking up the body is the noun given: the first word at or after the offset (the noun's,
    // or the quotation's start for a description after it) outside the quotation, past a verb of saying and an article
    // ("..." said the group", ""...," the group's statement read").
    private bool IsDescriptionAt(Sentence sentence, int offset, string noun)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Start < offset || !token.IsWord || IsQuoted(token.Start) || token.IsArticle || IsAttributionVerb(token))
            {
                continue;
            }

            return token.Is(noun);
        }

        return false;
    }

    // "Attacks fell by a third, according to the Velm Maritime Bureau. The organisation noted "..."", "According to a
    // statement on the website of the Velm Bureau, ... "...," said the agency.": a sentence that opens with no body but
    // gives one as its source, in an "according to" phrase before or after its words, is about that body's account,
    // and the body is the one the description takes up.
    private EntityMention? BodyCitedAsSource(IReadOnlyList<Token> tokens)
    {
        var mask = new bool[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            mask[k] = IsQuoted(tokens[k].Start);
        }

        // (A wire service cited, "..., according to Reuters.", only reported the figures: "the organisation" or "the
        // agency" after it is not the service.)
        var according = AccordingPhraseAfter(tokens, mask, 0);
        return according >= 0 && AccordingSource(tokens, mask, according) is { Kind: EntityKind.Organization } source
            && !NewsAgencies.IsNewsAgency(source.Record.Resolve().Name) ? source : null;
    }

    /// <summary>How many words may say what kind of body opens a sentence ("Medical aid group X said").</summary>
    private const int MaxBodyKindWords = 4;

    // "Rights group Velm Watch said", "Medical charity Harbour Relief reported": a body named after a few words saying
    // what it is, all lower case but the sentence's first, then its verb (a lower-case word other than a preposition).
    private EntityMention? BodyAfterKindWords(IReadOnlyList<Token> tokens)
    {
        for (var k = 1; k < tokens.Count - 1 && k <= MaxBodyKindWords; k++)
        {
            // ("The" may open the description; no other function word does: "In Velm, X said" is no description.)
            var word = tokens[k - 1];
            if (!word.IsWord || (k > 1 && !NameForms.IsLowerWord(word)) || (Lexicon.CapitalisedFunctionWords.Contains(word.Text) && !word.Is("the")))
            {
                return null;
            }

            if (entities.MentionAt(tokens[k].Start) is not { Kind: EntityKind.Organization } body || body.Start != tokens[k].Start)
            {
                continue;
            }

            var verb = SkipAdverbs(tokens, IndexAtOrAfter(tokens, body.End));
            return verb < tokens.Count && NameForms.IsLowerWord(tokens[verb]) && !Prepositions.Contains(tokens[verb].Text) ? body : null;
        }

        return null;
    }
}
