using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Quoted fragments inside a clause: "X accused Y of "...", "X assailed the plan as the "..."", "X professed himself
/// "..."". The fragment is the subject's words when the nearest verb before it in its clause frames it: a verb of
/// judging, labelling, accusing, promising or speaking. Walking back from the fragment stops at the clause's edge (a
/// semicolon, a colon, a bracket, another quotation, a relative or subordinate clause's opening word, ", and"), so a
/// verb of another clause never claims it. Any number of words qualifies, because these verbs make even one quoted
/// word a characterisation in the subject's voice; an unnamed subject still gives no speaker.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens may stand between the framing verb and the fragment ("accused the city's transport board of ...").</summary>
    private const int MaxTokensFromFramingVerb = 12;

    // Verbs whose object or complement is the subject's characterisation of something: judging, labelling, blaming,
    // promising, speaking of. Verbs that often quote someone else's words ("mocked", "quoted", "rejected",
    // "questioned") are left out: after them the quotation may be the object's.
    private static readonly HashSet<string> FramingVerbs = new(System.StringComparer.Ordinal)
    {
        "accused", "accuses", "blamed", "blames", "termed", "terms", "labelled", "labeled", "labels", "branded", "brands",
        "dubbed", "dubs", "regarded", "regards", "deemed", "deems", "dismissed", "dismisses", "hailed", "hails", "praised",
        "praises", "lauded", "lauds", "commended", "commends", "applauded", "applauds", "welcomed", "welcomes", "condemned",
        "condemns", "denounced", "denounces", "criticised", "criticized", "criticises", "criticizes", "slammed", "slams",
        "blasted", "blasts", "attacked", "attacks", "assailed", "assails", "decried", "decries", "lambasted", "lambastes",
        "pledged", "pledges", "threatened", "threatens", "demanded", "demands", "apologised", "apologized", "apologises",
        "apologizes", "expressed", "expresses", "voiced", "voices", "maintained", "maintains", "conceded", "concedes",
        "talked", "talks", "spoke", "speaks", "likened", "likens", "compared", "compares", "touted", "touts", "professed",
        "professes", "portrayed", "portrays", "depicted", "depicts", "referred", "refers", "justified", "justifies",
        "thanked", "thanks", "vowed", "vows", "promised", "promises", "warned", "warns", "urged", "urges", "called", "calls",
        "described", "describes", "characterised", "characterized", "characterises", "characterizes", "insisted", "insists",
        "remarked", "admitted", "admits", "acknowledged", "acknowledges",

        // "X remains "..." about the plan": a stance the subject keeps is one it has stated; the complement is the
        // subject's own description of itself, like the reflexive "professed himself".
        "remains", "remained",
    };

    // Verbs that frame a quotation only as the complement of "as" right before it ("rejected the claim as "absurd"",
    // "mocked the plan as a "fantasy"", "summed it up as "..."""): there the words characterise the object in the
    // subject's voice, while elsewhere after these verbs the quotation may be the object's own words.
    private static readonly HashSet<string> AsComplementVerbs = new(System.StringComparer.Ordinal)
    {
        "rejected", "rejects", "mocked", "mocks", "ridiculed", "ridicules", "derided", "derides", "defended", "defends",
        "viewed", "views", "saw", "sees", "cast", "casts", "painted", "paints", "framed", "frames", "summed", "sums",
        "celebrated", "celebrates", "heralded", "heralds", "billed", "bills", "pitched", "pitches", "scorned", "scorns",
        "castigated", "castigates", "lampooned", "lampoons", "panned", "pans", "explained", "explains", "interpreted",
        "interprets",
    };

    // Verbs that give a name rather than a judgement: right before the quotation, with no object between, they
    // name a thing ("a method called "..."", "the event dubbed "..."").
    private static readonly HashSet<string> NamingForms = new(System.StringComparer.Ordinal)
    {
        "called", "dubbed", "termed", "labelled", "labeled", "branded", "named", "nicknamed", "titled", "entitled", "known",
    };

    // Words opening a clause with a subject of its own, or the content of someone else's saying ("the claim that").
    private static readonly HashSet<string> ClauseOpeners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "whom", "whose", "that", "because", "although", "though", "while", "whereas", "if", "when", "whenever",
        "after", "before", "since", "unless", "until", "where",
    };

    // Nouns for someone's words: a quotation after them ("criticised the minister's remarks that ...") or right before
    // them ("the "..." comment") is what was said by someone else, or a phrase mentioned as a phrase.
    private static readonly HashSet<string> WordsNouns = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "claim", "claims", "remark", "remarks", "comment", "comments", "statement", "statements", "words", "word", "phrase",
        "term", "label", "slogan", "slogans", "description", "assertion", "assertions", "allegation", "allegations",
        "tweet", "tweets", "post", "posts", "nickname", "name", "title", "catchphrase", "chant", "chants", "sign", "signs",
        "banner", "banners", "motto", "hashtag", "headline", "quote", "quotes", "message", "messages", "rhetoric", "insult",
    };

    /// <summary>
    /// The subject of the verb that frames a quoted fragment inside its clause, or null when the nearest verb is
    /// not a framing one, is passive, or has no named subject.
    /// </summary>
    public EntityMention? FramingSubject(Sentence sentence, bool[] insideQuote, Quotation quote)
    {
        var tokens = sentence.Tokens;
        var open = IndexAtOrAfter(tokens, quote.OpenMark);
        if (open < 2 || open >= tokens.Count || quote.CloseMark < 0 || IsMentionedPhrase(tokens, quote) || IsFollowedByName(tokens, quote))
        {
            return null;
        }

        // The walk may go this far back; an aside it skips does not count.
        var limit = open - MaxTokensFromFramingVerb;
        var closingComma = -1;
        for (var k = open - 1; k >= 0 && k >= limit; k--)
        {
            var token = tokens[k];

            // "justified the strike, which the council approved, as "..."": a relative clause closed by a comma is an
            // aside; the walk goes on before it.
            if (closingComma > k && k >= 1 && tokens[k - 1].IsSymbol(',') && (token.Is("which") || token.Is("who")))
            {
                limit -= closingComma - k + 2;
                closingComma = -1;
                k--;
                continue;
            }

            closingComma = token.IsSymbol(',') ? k : closingComma;
            if (insideQuote[k] || token.IsSymbol('"') || token.IsSymbol(';') || token.IsSymbol(':') || token.IsSymbol('(') || token.IsSymbol(')')
                || IsDash(token) || (token.IsSymbol(',') && k + 1 < open && (tokens[k + 1].Is("and") || tokens[k + 1].Is("but") || tokens[k + 1].Is("or"))))
            {
                return null;
            }

            if (!token.IsWord)
            {
                continue;
            }

            if (FramingVerbs.Contains(token.Text) || (AsComplementVerbs.Contains(token.Text) && IsAsComplement(tokens, open)))
            {
                return FramingVerbSubject(tokens, insideQuote, k, open);
            }

            // "X introduced himself as "...", "the group bills itself a "..."": whatever the verb, words the subject
            // applies to itself are its own.
            if (k >= 1 && IsReflexiveBefore(tokens, k, open) && tokens[k - 1].IsWord && NameForms.IsLowerWord(tokens[k - 1]))
            {
                return FramingVerbSubject(tokens, insideQuote, k - 1, open);
            }

            // ("X pledged support for the plan, which he described as ...": the relative clause's verb is nearer; but
            // "X vowed that ..." goes on to the verb. "X quoted the minister's remark "...": a noun for words right
            // before the quotation names whose they are; further back, "X dismissed the claims as "..."", it is only
            // what X judges.)
            var framedClause = token.Is("that") && k >= 1 && FramingVerbs.Contains(tokens[k - 1].Text);
            // ("X expressed in a statement "his sorrow"": a noun for words inside "in a ..." says where the subject spoke,
            // and the walk goes on to the verb.)
            if ((ClauseOpeners.Contains(token.Text) && !framedClause) || (WordsNouns.Contains(token.Text) && IsRightBefore(tokens, k, open) && !IsInWhereSpoken(tokens, k)))
            {
                return null;
            }
        }

        return null;
    }

    private EntityMention? FramingVerbSubject(IReadOnlyList<Token> tokens, bool[] insideQuote, int verb, int open)
    {
        // "a plan called "..."", "the events dubbed "..."": a name given, not a judgement voiced.
        var next = verb + 1;
        if (next < open && tokens[next].IsArticle)
        {
            next++;
        }

        if (next == open && NamingForms.Contains(tokens[verb].Text))
        {
            return null;
        }

        // "was praised as a "...", "were labelled "..."": the words are whoever praised or labelled, unless named by "by".
        if ((IsPassive(tokens, verb) || (verb >= 1 && (tokens[verb - 1].Is("be") || tokens[verb - 1].Is("been") || tokens[verb - 1].Is("being"))))
            && !HasAgentBy(tokens, verb))
        {
            return null;
        }

        var subject = SubjectOf(tokens, insideQuote, verb);
        return subject is not null && subject.Start < tokens[verb].Start && (subject.Kind == EntityKind.Person || subject.Kind == EntityKind.Organization) ? subject : null;
    }

    /// <summary>
    /// Whether a quotation stands in the clause of the subject that opens its sentence: no clause opens between the two
    /// (a relative clause right after the subject's comma describes the subject, "X, which announced a "..."", and
    /// does not count), and the words are not a name given or words spoken of ("a method termed "..."", "the mayor's
    /// remark "..."").
    /// </summary>
    public bool IsInClauseOfSubject(IReadOnlyList<Token> tokens, bool[] insideQuote, Quotation quote, EntityMention subject)
    {
        var open = IndexAtOrAfter(tokens, quote.OpenMark);
        var afterSubject = IndexAtOrAfter(tokens, subject.End);
        for (var k = afterSubject; k < open && k < tokens.Count; k++)
        {
            var describesSubject = k == afterSubject + 1 && tokens[afterSubject].IsSymbol(',');
            if (!insideQuote[k] && tokens[k].IsWord && ClauseOpeners.Contains(tokens[k].Text) && !describesSubject)
            {
                return false;
            }
        }

        var before = open - 1;
        if (before >= 1 && tokens[before].IsArticle)
        {
            before--;
        }

        return before < 0 || !tokens[before].IsWord || !(WordsNouns.Contains(tokens[before].Text) || NamingForms.Contains(tokens[before].Text));
    }

    /// <summary>
    /// A phrase spoken of as a phrase, "the "..." slogan", "the mayor's "..." tweet" (the words belong to whoever
    /// coined them, not to whoever speaks of them), or a nickname inside a name, "Jo "Spike" Kim".
    /// </summary>
    public bool IsMentionedPhrase(IReadOnlyList<Token> tokens, Quotation quote)
    {
        if (quote.CloseMark < 0)
        {
            return false;
        }

        var after = IndexAfterCoordinatedQuotations(tokens, quote);
        if (after < tokens.Count && tokens[after].IsWord && WordsNouns.Contains(tokens[after].Text))
        {
            return true;
        }

        var open = IndexAtOrAfter(tokens, quote.OpenMark);
        return open >= 1 && tokens[open - 1].IsCapitalized && IsFollowedByName(tokens, quote);
    }

    // "Jo "Spike" Kim", "the "Harbour Light" parade": a capitalised word right after the closing mark continues a
    // name (a fragment that a verb frames ends its phrase, or the sentence).
    internal static bool IsFollowedByName(IReadOnlyList<Token> tokens, Quotation quote)
    {
        if (quote.CloseMark < 0)
        {
            return false;
        }

        var after = IndexAtOrAfter(tokens, quote.CloseMark) + 1;
        return after < tokens.Count && tokens[after].IsCapitalized && !tokens[after].Is("I");
    }

    // The token after the closing mark, past quotations coordinated with this one ("the "..." and "..." comments").
    private static int IndexAfterCoordinatedQuotations(IReadOnlyList<Token> tokens, Quotation quote)
    {
        var after = IndexAtOrAfter(tokens, quote.CloseMark) + 1;
        while (after + 1 < tokens.Count && (tokens[after].Is("and") || tokens[after].Is("or") || tokens[after].IsSymbol(',')) && tokens[after + 1].IsSymbol('"'))
        {
            after += 2;
            while (after < tokens.Count && !tokens[after].IsSymbol('"'))
            {
                after++;
            }

            after++;
        }

        return after;
    }

    // "as "..."" or "as a "..."": the quotation is the complement of "as".
    private static bool IsAsComplement(IReadOnlyList<Token> tokens, int open)
    {
        var before = open - 1;
        if (before >= 1 && tokens[before].IsArticle)
        {
            before--;
        }

        return before >= 0 && tokens[before].Is("as");
    }

    // A reflexive pronoun right before the quotation, maybe through "as" and an article ("himself as a "..."").
    private static bool IsReflexiveBefore(IReadOnlyList<Token> tokens, int index, int open)
    {
        if (!(tokens[index].Is("himself") || tokens[index].Is("herself") || tokens[index].Is("itself") || tokens[index].Is("themselves")))
        {
            return false;
        }

        var next = index + 1;
        next += next < open && tokens[next].Is("as") ? 1 : 0;
        next += next < open && tokens[next].IsArticle ? 1 : 0;
        return next == open;
    }

    // "in a statement", "in his remarks": the noun at index is where the words were given, not a noun the quotation names.
    private static bool IsInWhereSpoken(IReadOnlyList<Token> tokens, int index)
    {
        var before = index - 1;
        before -= before >= 1 && (tokens[before].IsArticle || tokens[before].Is("his") || tokens[before].Is("her") || tokens[before].Is("its")
            || tokens[before].Is("their")) ? 1 : 0;
        return before >= 1 && tokens[before].Is("in");
    }

    // Only a comma, if anything, stands between the token and the quotation mark.
    private static bool IsRightBefore(IReadOnlyList<Token> tokens, int index, int open) =>
        index == open - 1 || (index == open - 2 && tokens[open - 1].IsSymbol(','));

    // A dash with a space before it sets off an aside; one inside a word ("well-known") does not. (The normaliser writes
    // every kind of dash as "-".)
    private static bool IsDash(Token token) => token.IsSymbol('-') && token.SpaceBefore;
}
