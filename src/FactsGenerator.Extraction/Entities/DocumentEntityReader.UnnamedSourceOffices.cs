using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "A police spokesman said the road was closed. Ana Ruiz said ...": news writing often gives a source's office first,
/// without a name, and names the holder in the very next sentence with nothing beside the name. The holder is the
/// office's: the next sentence's first person, named there for the first time, speaking, and given no role anywhere,
/// takes the office as role. Narrow on purpose: the office is one of a few single-holder offices after "a", "an" or
/// "the" (also "the body's"), it is the sentence's source (before or after a verb of saying, or after "according to"),
/// it is the only such office there, and the sentence names nobody (a name there could be its holder or another).
/// </summary>
internal sealed partial class DocumentEntityReader
{
    // Offices with one holder in a body, the ones a report quotes before naming the holder.
    private static readonly HashSet<string> UnnamedSourceOfficeHeads = Lexicon.Set(
        "spokesman spokeswoman spokesperson governor minister president premier mayor chancellor chairman chairwoman " +
        "chairperson ceo");

    // Nouns of bodies that may stand before such an office in lower case ("a company spokesman", "a police spokesman").
    private static readonly HashSet<string> UnnamedSourceBodyWords = Lexicon.Set("police government company ministry army military hospital union party");

    private const int MaxOfficeModifiers = 2;
    private const int MaxBodyWordsAfterOffice = 12;

    private void ReadHoldersOfUnnamedSourceOffices()
    {
        // Membership only (never iterated): people named in an earlier sentence are no first mention.
        var seen = new HashSet<EntityRecord>();
        string? office = null;
        var quotes = new QuotationMarks(text);
        foreach (var (sentence, chunks) in sentences)
        {
            var people = 0;
            foreach (var chunk in chunks)
            {
                if (registry.Find(chunk.Text) is not { Kind: EntityKind.Person, Discarded: false } person)
                {
                    continue;
                }

                if (people == 0 && office is not null && person.Role is null && !seen.Contains(person) && !chunk.InsideQuote
                    && IsSpeakingHolder(sentence.Tokens, chunk))
                {
                    person.Role = office;
                }

                people++;
                seen.Add(person);
            }

            office = people == 0 ? SoleUnnamedSourceOffice(sentence, quotes) : null;
        }
    }

    // The name is the sentence's speaker: a verb of saying right before or after it ("..., wrote X", "X said"), or
    // "X made the comments".
    private static bool IsSpeakingHolder(IReadOnlyList<Token> tokens, NameChunk chunk)
    {
        var after = chunk.Last + 1;
        if (after < tokens.Count && IsSayingVerbAfterName(tokens[after]))
        {
            return true;
        }

        // "..., wrote X in a statement.": the verb follows the reported words, and the name ends the clause ("Sources said
        // X would resign" reports what X does; "said X, who lives nearby" describes X).
        if (chunk.First >= 2 && IsPlainSayingVerb(tokens[chunk.First - 1]) && IsEndOfReportedWords(tokens[chunk.First - 2])
            && (after >= tokens.Count || tokens[after].IsSymbol('.') || IsPrepositionAfterSpeaker(tokens[after])))
        {
            return true;
        }

        var noun = after + 1 < tokens.Count && (tokens[after + 1].Is("the") || tokens[after + 1].Is("his") || tokens[after + 1].Is("her")) ? after + 2 : after + 1;
        return after < tokens.Count && tokens[after].Is("made") && noun < tokens.Count
            && (tokens[noun].Is("comments") || tokens[noun].Is("remarks") || tokens[noun].Is("statement"));
    }

    private static bool IsEndOfReportedWords(Token token) =>
        token.IsSymbol(',') || token.IsSymbol('"') || token.IsSymbol('\u201d') || token.IsSymbol('\'') || token.IsSymbol('\u2019');

    private static bool IsPrepositionAfterSpeaker(Token token) =>
        token.Is("in") || token.Is("on") || token.Is("at") || token.Is("during") || token.Is("via");

    // The role of the office the sentence gives as its source, or null when it gives none, or names another office of
    // the kind as well (either could be the holder's). An office in quoted words is the quoted speaker's source, not
    // the report's.
    private static string? SoleUnnamedSourceOffice(Sentence sentence, QuotationMarks quotes)
    {
        var tokens = sentence.Tokens;
        string? found = null;
        var offices = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && UnnamedSourceOfficeHeads.Contains(tokens[i].Text) && ++offices > 1)
            {
                return null;
            }

            if (tokens[i].IsArticle && UnnamedSourceOffice(tokens, i) is { } office && !quotes.IsInside(sentence.Paragraph, tokens[i].Start))
            {
                found = office;
            }
        }

        return found;
    }

    // "a police spokesman said", "said a spokeswoman", "the Prime Minister announced", "according to the Bank's
    // Governor", "a spokesman for the Velm Union said": the office's words in lower case, or null.
    private static string? UnnamedSourceOffice(IReadOnlyList<Token> tokens, int article)
    {
        var p = article + 1;
        if (tokens[article].Is("the"))
        {
            // "the Bank's Governor": a capitalised owner and its possessive stand between the article and the office.
            var owner = p;
            while (owner < tokens.Count && owner - p < 4 && tokens[owner].IsCapitalized)
            {
                owner++;
            }

            if (owner > p && owner + 1 < tokens.Count && RoleParser.IsPossessiveS(tokens[owner]))
            {
                p = owner + 1;
            }
        }

        var start = p;
        while (p < tokens.Count && p - start < MaxOfficeModifiers && IsUnnamedOfficeModifier(tokens[p]) && !UnnamedSourceOfficeHeads.Contains(tokens[p].Text))
        {
            p++;
        }

        if (p >= tokens.Count || !tokens[p].IsWord || !UnnamedSourceOfficeHeads.Contains(tokens[p].Text)
            || !IsSourceOffice(tokens, article, p))
        {
            return null;
        }

        var words = new List<string>();
        for (var k = start; k <= p; k++)
        {
            words.Add(tokens[k].Text.ToLowerInvariant());
        }

        return string.Join(" ", words);
    }

    // A verb of saying that never takes the person after it as its object ("told X", "asked X" do).
    private static bool IsPlainSayingVerb(Token token) =>
        token.Is("said") || token.Is("says") || token.Is("added") || token.Is("wrote") || token.Is("tweeted");

    private static bool IsUnnamedOfficeModifier(Token token) =>
        token.IsWord && (Lexicon.TitleModifiers.Contains(token.Text) || UnnamedSourceBodyWords.Contains(token.Text));

    // The office speaks: a verb of saying before the article or after the office (past a body the office is "for" or
    // "of"), or "according to" before it.
    private static bool IsSourceOffice(IReadOnlyList<Token> tokens, int article, int head)
    {
        if (article >= 1 && IsPlainSayingVerb(tokens[article - 1]))
        {
            return true;
        }

        if (article >= 2 && tokens[article - 2].Is("according") && tokens[article - 1].Is("to"))
        {
            return true;
        }

        var next = head + 1;
        if (next < tokens.Count && (tokens[next].Is("for") || tokens[next].Is("of") || tokens[next].Is("at")))
        {
            // Only a body's name may follow: capitalised words, "the", "of", "and", brackets round an acronym.
            next++;
            var limit = next + MaxBodyWordsAfterOffice;
            while (next < tokens.Count && next < limit && IsWordOfBodyName(tokens[next]))
            {
                next++;
            }
        }

        return next < tokens.Count && IsSayingVerbAfterName(tokens[next]) && !tokens[next].IsCapitalized;
    }

    private static bool IsWordOfBodyName(Token token) =>
        token.IsCapitalized || token.Is("the") || token.Is("of") || token.Is("and") || token.IsSymbol('(') || token.IsSymbol(')') || token.IsSymbol('&');
}
