using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Decides who said a quotation from the words of its sentence: an attribution after the quote
/// ("..., Michel wrote", "... tweeted Johnson", "..., he said"), else the nearest attribution verb before it
/// with its subject ("X, Norway's representative, said", "described by Johnson as"), else a colon
/// introduction ("X opposed the plan: "..."). "He"/"she" is the nearest person named before; a common-noun
/// subject ("a resident told Reuters") leaves the speaker unknown rather than guessing.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private static readonly HashSet<string> Adverbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "also", "too", "later", "earlier", "then", "had", "has", "have", "previously", "once", "again", "further", "publicly",
        "quickly", "recently", "repeatedly", "reportedly", "subsequently", "simply", "last", "first", "just", "separately",
        "would", "will", "was", "is", "did", "does", "has", "had",
    };

    private static readonly HashSet<string> Prepositions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "within", "of", "from", "at", "in", "inside", "near", "for", "with", "to", "by", "among", "about",
    };

    private readonly AnalyzedText text;
    private readonly EntitySet entities;
    private readonly IReadOnlyList<Quotation> quotations;

    /// <param name="quotations">The document's quotations, sorted by start.</param>
    public SpeakerResolver(AnalyzedText text, EntitySet entities, IReadOnlyList<Quotation> quotations)
    {
        this.text = text;
        this.entities = entities;
        this.quotations = quotations;
    }

    // Whether the offset lies inside one of the document's quotations (they are sorted and do not overlap).
    private bool IsQuoted(int offset)
    {
        int low = 0, high = quotations.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (quotations[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < quotations.Count && quotations[low].Start <= offset;
    }

    // Every word of the span starts with a capital ("Harbour Lights Of Home").
    private static bool IsTitleCased(IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = 0;
        for (var i = first; i <= last && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                if (!char.IsUpper(tokens[i].Text[0]))
                {
                    return false;
                }

                words++;
            }
        }

        return words > 0;
    }

    /// <summary>The speaker's mention, or null when the text names none.</summary>
    public EntityMention? Resolve(Sentence sentence, bool[] insideQuote, Quotation quote)
    {
        var tokens = sentence.Tokens;
        var open = IndexAtOrAfter(tokens, quote.OpenMark);
        var close = quote.CloseMark < 0 ? -1 : IndexAtOrAfter(tokens, quote.CloseMark);
        var wordsAfter = close >= 0 && close < tokens.Count;

        if (wordsAfter)
        {
            var after = AttributionAfter(tokens, insideQuote, close + 1, out var decided, out var afterVerb);
            if (decided)
            {
                return ReportedSayerBefore(tokens, insideQuote, open, afterVerb) ?? after;
            }

            // "The levy was branded a "disgrace" by the traders' union": the agent of a passive verb of saying or
            // labelling, named after the words, said them.
            var agent = PassiveAgentAfter(tokens, insideQuote, open, close + 1);
            if (agent is not null)
            {
                return agent;
            }

            // "sales "fell off a cliff" — as the court put it —": an aside right after the words says whose they are.
            var putting = PuttingItAfter(tokens, insideQuote, close + 1);
            if (putting >= 0)
            {
                return SubjectOf(tokens, insideQuote, putting);
            }
        }

        var coined = CitedSaying(tokens, insideQuote, open) ?? VerbOpeningSentence(tokens, insideQuote, open);
        if (coined is not null)
        {
            return coined;
        }

        // "According to eyewitness Vinnie DeVita, "..."": the source named before the quote, unless a verb
        // between the phrase and the quote has its own subject ("According to the BBC, X said: ...").
        var according = AccordingPhraseBefore(tokens, insideQuote, open, out var accordingEnd);
        var labeller = LabellingVerbBefore(tokens, insideQuote, open);
        if (labeller >= 0)
        {
            return SubjectOf(tokens, insideQuote, labeller);
        }

        // ("X wrote songs such as "Harbour Lights"": examples in title case after "such as" are titles, not words X voiced.)
        if (open >= 2 && close > open && tokens[open - 1].Is("as") && tokens[open - 2].Is("such") && IsTitleCased(tokens, open + 1, close - 1))
        {
            return null;
        }

        for (var v = open - 1; v >= 0; v--)
        {
            if (insideQuote[v] || (according >= 0 && v >= according && v <= accordingEnd))
            {
                continue;
            }

            // "X commented on it — which the paper noted as rare — "...": an aside between dashes has its own verb,
            // not the quote's.
            if (IsDash(tokens[v]) && OpeningDashBefore(tokens, insideQuote, v) is var asideStart && asideStart >= 0)
            {
                v = asideStart;
                continue;
            }

            // "When X tweeted about it, the network placed a "..." label": a clause with a named subject of its own
            // opens after the comma, and a verb before the comma is another clause's. ("X said that if asked, he
            // would call it "..."": a pronoun there is likelier the speaker again.)
            if (tokens[v].IsSymbol(',') && v + 2 < open && !IsPronoun(tokens, v + 1) && ClauseSubject(tokens, v + 1, open) is not null)
            {
                break;
            }

            // ("placed a warning "...": after an article the word is a noun.)
            if (IsParticiple(tokens[v]) && !(v >= 1 && tokens[v - 1].IsArticle))
            {
                // "Politico quoted Tim Manning as saying": the person before "as".
                // "In a post on Twitter, Minister Ana Ruiz replied, writing": the person, not the platform.
                // "A bystander explained to the agency what happened, stating": an unnamed subject leaves the speaker
                // unknown (the outlet is no speaker). "He criticised Ana Ruiz, saying": a sentence opening with "he" has
                // him as the subject, not the person he spoke of.
                return v >= 2 && tokens[v - 1].Is("as")
                    ? NearestPersonBefore(tokens, v - 1) ?? FirstActor(tokens, insideQuote, v)
                    : PairMemberBefore(tokens, v) ?? SenderOfDocument(tokens, insideQuote, v) ?? PersonRightBefore(tokens, v) ?? SubjectOfReportingClauseBefore(tokens, v)
                        ?? (OpensWithUnnamedSubject(tokens) ? null
                            : IsActingIt(tokens, 0) ? OrganizationForIt(tokens[0])
                            : OpeningPronounSubject(tokens) ?? FirstActor(tokens, insideQuote, v, preferPerson: true) ?? DescribedOpening(tokens));
            }

            if (!(IsAttributionVerb(tokens[v]) || IsEvaluationVerb(tokens, v) || IsPointingOut(tokens, v) || IsActiveNamingVerb(tokens, v) || IsDocumentReading(tokens, v, inverted: false) || IsPuttingIt(tokens, v, open))
                || IsCitedSource(tokens, v) || IsAdjectivalParticiple(tokens, v))
            {
                continue;
            }

            // "X was said to be suffering "...", "X was called a "..."": the words are whoever said or called them.
            if (IsAttributionVerb(tokens[v]) && IsPassiveWithoutAgent(tokens, v))
            {
                return null;
            }

            if (according >= 0 && v < according)
            {
                // "X said, according to the summary, "..."": the verb's subject, when it names someone.
                var subject = SubjectOf(tokens, insideQuote, v);
                if (subject is not null)
                {
                    return subject;
                }

                break;
            }

            var speaker = SubjectOf(tokens, insideQuote, v) ?? ReporterOfColonClause(tokens, insideQuote, v, open);
            // "he praised Ana Ruiz's crew: "..."": whoever is praised does not praise themselves.
            return speaker is not null && IsEvaluationVerb(tokens, v) && IsNamedBetween(speaker, tokens[v].End, tokens[open < tokens.Count ? open : tokens.Count - 1].Start) ? null : speaker;
        }

        // "X suffered "two deep wounds" in the attack, according to a hospital official": an "according to" phrase
        // later in the clause gives the words a source of their own (and none when it names nobody); the subject only
        // undergoes what they describe. (A verb of saying before the quotation was taken above: "X called it "...",
        // according to the paper" stays X's.)
        var accordingAfter = wordsAfter ? AccordingPhraseAfter(tokens, insideQuote, close + 1) : -1;
        if (accordingAfter >= 0)
        {
            // ("Union leader Ana Ruiz threatened to strike over "...", according to AFP": a wire service reports what the
            // person the sentence opens with said; with nobody opening it, the service's own words.)
            // ("Ruiz was "deeply shaken", according to Reuters": a subject that only is something says nothing.)
            var source = AccordingSource(tokens, insideQuote, accordingAfter);
            var reported = source is { Kind: EntityKind.Organization } && NewsAgencies.IsNewsAgency(source.Record.Resolve().Name)
                ? SubjectOfSentence(sentence) ?? OpeningPerson(tokens, insideQuote, open) ?? ActorSubjectOfSentence(sentence)
                : null;
            return reported is not null && !IsFollowedByBe(tokens, reported) ? reported : source;
        }

        // "X abused "the powers of the post" for years, the court said.": a reporting clause closing the sentence makes
        // the whole sentence its speaker's account, fragments in it too; X only does what the words describe. (A verb
        // of saying or labelling before the words was taken above: "X called it "...", the paper said" stays X's.)
        var closing = wordsAfter && according < 0 ? TrailingAttribution(tokens, insideQuote, close + 1) : null;
        if (closing is not null)
        {
            return closing;
        }

        var introduced = IntroducedBy(tokens, insideQuote, open, quote, according >= 0 ? accordingEnd + 1 : 0);
        if (introduced is not null)
        {
            return introduced;
        }

        if (according >= 0)
        {
            var source = AccordingSource(tokens, insideQuote, according);
            if (source is not null)
            {
                return source;
            }
        }

        // "The tariff is the "real obstacle" to a deal, he added.": a reporting clause closing the sentence.
        if (wordsAfter)
        {
            var trailing = TrailingAttribution(tokens, insideQuote, close + 1);
            if (trailing is not null)
            {
                return trailing;
            }
        }

        return null;
    }

    /// <summary>
    /// A quotation that ends its sentence may be attributed at the start of the next one
    /// ("... by Friday!" Ruiz told the crowd).
    /// </summary>
    public EntityMention? ResolveFromNextSentence(Sentence next)
    {
        var tokens = next.Tokens;
        var mask = new bool[tokens.Count];
        var speaker = AttributionAfter(tokens, mask, 0, out var decided, out var verb);
        // "X told the world on Thursday." attributes; "X maintained the plan would create jobs in every state."
        // and "X said, "..."" start new speech.
        const int MaxTokensAfterVerb = 8;
        if (!decided || tokens.Count - verb > MaxTokensAfterVerb + 1)
        {
            return null;
        }

        foreach (var token in tokens)
        {
            if (token.IsSymbol('"'))
            {
                return null;
            }
        }

        return speaker;
    }

    // ", he added." or ", Ana Ruiz said on Monday." ending the sentence after more words than the quotation: the
    // speaker of the reported speech, quotation included. Only the last comma of the sentence (outside quotations)
    // opens such a clause, and no quotation may follow it.
    private EntityMention? TrailingAttribution(IReadOnlyList<Token> tokens, bool[] insideQuote, int after)
    {
        const int MaxTokensAfterVerb = 4;
        var comma = -1;
        for (var k = tokens.Count - 1; k > after; k--)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"'))
            {
                return null;
            }

            if (tokens[k].IsSymbol(','))
            {
                comma = k;
                break;
            }
        }

        if (comma < 0)
        {
            return null;
        }

        // (Longer phrases that only say where, when or how the words were said may follow: "said in a statement on Sunday".)
        var speaker = AttributionAfter(tokens, insideQuote, comma, out var decided, out var verb);
        if (!decided)
        {
            return SpeakerBeforeClosingAside(tokens, insideQuote, after, comma);
        }

        return verb >= 0 && (tokens.Count - 1 - verb <= MaxTokensAfterVerb || IsSayingAdjunctTail(tokens, verb, tokens.Count - 1)) ? speaker : null;
    }

    // "..., said Dan Toller, a spokesman for the pilots' union.": the last comma opens an aside describing the person
    // named right before it, after the reporting verb that the comma before opens.
    private EntityMention? SpeakerBeforeClosingAside(IReadOnlyList<Token> tokens, bool[] insideQuote, int after, int aside)
    {
        var comma = aside - 1;
        while (comma > after && !tokens[comma].IsSymbol(','))
        {
            if (insideQuote[comma] || tokens[comma].IsSymbol('"'))
            {
                return null;
            }

            comma--;
        }

        if (comma <= after)
        {
            return null;
        }

        var speaker = AttributionAfter(tokens, insideQuote, comma, out var decided, out var verb);
        if (decided && verb == comma + 1 && speaker is { Kind: EntityKind.Person } && IndexAtOrAfter(tokens, speaker.End) == aside)
        {
            return speaker;
        }

        // "..., said the head of the anti-graft bureau, Simon Kravets.": the name closing the sentence is the one the
        // description after the verb stands for.
        var named = aside + 1 < tokens.Count ? entities.MentionAt(tokens[aside + 1].Start) : null;
        return named is { Kind: EntityKind.Person } && named.Start == tokens[aside + 1].Start && IsAttributionVerb(tokens[comma + 1])
            && tokens[comma + 2].Is("the") && IndexAtOrAfter(tokens, named.End) >= tokens.Count - 1 ? named : null;
    }

    // ", Michel wrote", "tweeted Johnson", ", he said". Decided is false when nothing after the quote attributes it.
    private EntityMention? AttributionAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int start, out bool decided) =>
        AttributionAfter(tokens, insideQuote, start, out decided, out _);

    private EntityMention? AttributionAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int start, out bool decided, out int verb)
    {
        decided = false;
        verb = -1;
        var p = start;
        if (p < tokens.Count && tokens[p].IsSymbol(','))
        {
            p++;
        }

        if (p >= tokens.Count || insideQuote[p])
        {
            return null;
        }

        if (IsAttributionVerb(tokens[p]) || IsDocumentReading(tokens, p))
        {
            decided = true;
            verb = p;

            // (", told Reuters": "told" has its hearer after it, never its subject; whoever told is before the comma.)
            var inverted = tokens[p].Is("told") || tokens[p].Is("tells") ? null
                : Actor(tokens, p + 1) ?? GovernmentStartingAt(tokens, p + 1, out _) ?? PersonAfterShortDescription(tokens, p + 1)
                    ?? BodyOfRepresentativeOrDocument(tokens, p + 1, out _);
            // (""...," said the UN agency": the agency the body's name describes.)
            if (inverted is { Kind: EntityKind.Organization } && BodyModifiedDescription(tokens, inverted, p + 1, out _) is { } modified)
            {
                return modified;
            }

            if (inverted is not null)
            {
                // (An office holder no person was read for spoke, not the body: no speaker rather than the wrong one.)
                return inverted.Kind != EntityKind.Organization ? inverted
                    : OfficeHolderAfter(tokens, inverted) ?? (HasUnreadOfficeHolderAfter(tokens, inverted) ? null : inverted);
            }

            // "..., read the statement": the clause before the quotation may say whose statement it is; else whoever a
            // recent sentence says issued or made such a document ("The warning issued by X ...").
            if (p + 2 < tokens.Count && tokens[p + 1].Is("the") && DocumentNouns.Contains(tokens[p + 2].Text))
            {
                var sentence = text.SentenceAt(tokens[p].Start);
                var issuer = sentence is null ? null : AuthorOfDocumentNamedBefore(sentence, tokens[p + 2].Text);
                decided = issuer is not null;
                return issuer;
            }

            return IsPronoun(tokens, p + 1) ? PersonBefore(tokens[p + 1].Start, tokens[p + 1]) : DescribedAfterVerb(tokens, p);
        }

        // ""..." — Ana Ruiz, harbour master": a quotation signed after a dash, as a pull quote is.
        var signer = SignerAfterDash(tokens, insideQuote, p, out var signatureEnd);
        if (signer is not null)
        {
            decided = true;
            verb = signatureEnd;
            return signer;
        }

        // ""...," it said": the maker of the document the sentence before names, or the body it opens with.
        if (tokens[p].Is("it"))
        {
            var itVerb = SkipAdverbs(tokens, p + 1);
            if (itVerb < tokens.Count && IsAttributionVerb(tokens[itVerb]))
            {
                decided = true;
                verb = itVerb;
                return AuthorOfDocumentCalledIt(tokens[p]) ?? OrganizationForIt(tokens[p]);
            }

            // (""...," it read": only a document reads, so "it" is the one the sentence before names.)
            if (itVerb < tokens.Count && (tokens[itVerb].Text == "read" || tokens[itVerb].Text == "reads"))
            {
                decided = true;
                verb = itVerb;
                return AuthorOfDocumentCalledIt(tokens[p]);
            }
        }

        // ""...," the Chilean government said".
        if (GovernmentStartingAt(tokens, p, out var governmentEnd) is { } government)
        {
            var governmentVerb = SkipAdverbs(tokens, governmentEnd + 1);
            if (governmentVerb < tokens.Count && IsAttributionVerb(tokens[governmentVerb]))
            {
                decided = true;
                verb = governmentVerb;
                return government;
            }
        }

        // ""...," the agency quoted Ana Ruiz as saying": the person quoted, not the outlet.
        // (An outlet quoting someone it does not name, "The Post reported the victim's father as saying", is no speaker.)
        var quotedPerson = QuotedAsSayingAfter(tokens, insideQuote, p, out var sayingVerb);
        if (sayingVerb >= 0)
        {
            decided = true;
            verb = sayingVerb;
            return quotedPerson;
        }

        var actorEnd = ActorEndFrom(tokens, p, out var actor, out var pronoun);
        if (actorEnd < 0 && BodyOfRepresentativeOrDocument(tokens, p, out var phraseEnd) is { } represented)
        {
            // ""...," a statement from the union said", ""...," an official at the Velm Port Authority told reporters".
            // (""...," a report by Xinhua news agency said": the kind of body after its name.)
            var representedVerb = SkipAdverbs(tokens, SkipBodyKindAfterName(tokens, phraseEnd + 1));
            if (representedVerb < tokens.Count && (IsAttributionVerb(tokens[representedVerb]) || IsDocumentReading(tokens, representedVerb)))
            {
                decided = true;
                verb = representedVerb;
                return represented;
            }
        }

        if (actorEnd < 0)
        {
            return TitledPersonAfter(tokens, p, out decided, out verb) ?? DescribedSpeakerAfter(tokens, insideQuote, p, out decided, out verb);
        }

        var v = SkipOfPhrase(tokens, actorEnd + 1);
        if (!pronoun)
        {
            v = SkipBracketedAside(tokens, insideQuote, v);
        }

        // ""...," the UN agency said": the agency the body's name describes, named before.
        if (actor is { Kind: EntityKind.Organization } && BodyModifiedDescription(tokens, actor, p, out var modifiedVerb) is { } modifiedBody)
        {
            decided = true;
            verb = modifiedVerb;
            return modifiedBody;
        }

        // ""...," the Velm Port boss said": the person heading the body, named before.
        if (actor is { Kind: EntityKind.Organization } && tokens[p].Is("the") && BodysHeadDescribed(tokens, actor, out var headVerb) is { } head)
        {
            decided = true;
            verb = headVerb;
            return head;
        }

        // ""...", an Acme spokesperson said": the body speaks through its unnamed representative; ""...", an Acme
        // spokesperson, Ana Ruiz, said": a representative named between commas speaks herself.
        if (actor is { Kind: EntityKind.Organization } && v < tokens.Count && tokens[v].IsWord && RepresentativeNouns.Contains(tokens[v].Text))
        {
            v++;
            var named = v + 1 < tokens.Count && tokens[v].IsSymbol(',') ? entities.MentionAt(tokens[v + 1].Start) : null;
            var afterName = named is { Kind: EntityKind.Person } ? IndexAtOrAfter(tokens, named.End) : -1;
            if (afterName >= 0 && afterName < tokens.Count && tokens[afterName].IsSymbol(','))
            {
                actor = named;
            }
        }

        // ""...," the Velm Port Authority statement said": the body's document speaks for the body.
        if (actor is { Kind: EntityKind.Organization } && v + 1 < tokens.Count && NameForms.IsLowerWord(tokens[v]) && DocumentNouns.Contains(tokens[v].Text))
        {
            v++;
        }

        if (!pronoun)
        {
            v = SkipApposition(tokens, insideQuote, v);
            v = actor is { Kind: EntityKind.Person } ? VerbAfterUnclosedAside(tokens, insideQuote, v) : v;
        }

        v = SkipAdverbs(tokens, v);
        if (v < tokens.Count && (IsAttributionVerb(tokens[v]) || IsDocumentReading(tokens, v) || IsQuotedAsSaying(tokens, v)))
        {
            decided = true;
            verb = v;
            return pronoun ? PersonBefore(tokens[p].Start, tokens[p]) : actor;
        }

        return null;
    }

    // ""...," Ana Ruiz was quoted as saying by the agency", "... was quoted saying", "... was quoted by the agency (as)
    // saying": the passive of a report that quotes the subject, who said the words.
    private static bool IsQuotedAsSaying(IReadOnlyList<Token> tokens, int v)
    {
        // (The auxiliary before "quoted" is skipped with the adverbs.)
        if (v < 1 || v + 1 >= tokens.Count || !tokens[v].Is("quoted") || !(tokens[v - 1].Is("was") || tokens[v - 1].Is("is") || tokens[v - 1].Is("were")))
        {
            return false;
        }

        // ("was quoted by the state agency as saying", "was quoted by the state agency saying": the outlet that quotes
        // stands between.)
        const int MaxOutletTokens = 6;
        var participle = v + 1;
        if (tokens[participle].Is("by"))
        {
            while (participle < tokens.Count && participle - v <= MaxOutletTokens + 1 && !tokens[participle].Is("as") && !IsSayingParticiple(tokens[participle]))
            {
                participle++;
            }
        }

        participle += participle < tokens.Count && tokens[participle].Is("as") ? 1 : 0;
        return participle < tokens.Count && IsSayingParticiple(tokens[participle]);
    }

    private static bool IsSayingParticiple(Token token) => token.Is("saying") || token.Is("telling");

    // ""...," Ana Ruiz, a harbour pilot, said", ""...," Ruiz, 61, told reporters", ""...," the mayor, Ana Ruiz, told":
    // an aside between commas after the speaker's name, as news writing describes a speaker, stands between the name and
    // its verb. Returns the token after the aside's closing comma, or p when no aside closes before a verb of saying.
    // Asides may follow each other, an age, an occupation, a relative clause (""...," Ana Ruiz, 45, a harbour pilot, said").
    private static int SkipApposition(IReadOnlyList<Token> tokens, bool[] insideQuote, int p)
    {
        const int MaxAsideTokens = 16;
        const int MaxAsides = 3;
        if (p >= tokens.Count || !tokens[p].IsSymbol(','))
        {
            return p;
        }

        var asides = 0;
        for (var k = p + 1; k < tokens.Count && k - p <= MaxAsideTokens + 1; k++)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"') || tokens[k].IsSymbol(';') || tokens[k].IsSymbol(':'))
            {
                return p;
            }

            if (tokens[k].IsSymbol(','))
            {
                var verb = SkipAdverbs(tokens, k + 1);
                if (verb < tokens.Count && IsAttributionVerb(tokens[verb]))
                {
                    return k + 1;
                }

                asides++;
                if (asides == MaxAsides)
                {
                    return p;
                }

                continue;
            }

            // (", said" right after the name: no aside, the verb follows the comma.)
            if (k == p + 1 && IsAttributionVerb(tokens[k]))
            {
                return k;
            }
        }

        return p;
    }

    // "..., the party told reporters", "..., the court said": a definite description of a body or person named
    // before, right before the verb of saying. A description that matches nobody named leaves the speaker unknown.
    private EntityMention? DescribedSpeakerAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int p, out bool decided, out int verb)
    {
        decided = false;
        verb = -1;
        if (!tokens[p].Is("the"))
        {
            return OfficeWithoutArticleAfter(tokens, insideQuote, p, out decided, out verb);
        }

        // ""...," the statement read": whoever a recent sentence says made or spoke in such a document.
        var document = p + 1;
        if (document + 1 < tokens.Count && NameForms.IsLowerWord(tokens[document]) && DocumentNouns.Contains(tokens[document].Text)
            && (IsAttributionVerb(tokens[document + 1]) || IsDocumentReading(tokens, document + 1)) && text.SentenceAt(tokens[document].Start) is { } sentence
            && AuthorOfDocumentNamedBefore(sentence, tokens[document].Text) is { } author)
        {
            decided = true;
            verb = document + 1;
            return author;
        }

        // ""We beat the Red Party," the party said": the words quoted name no antecedent, whose they are is told before.
        var quoteStart = QuotationStartBefore(tokens, insideQuote, p);

        // (""...," the company's statement read": the document of the body the description stands for.)
        if (BodysDocumentDescribedAfter(tokens, p, tokens[quoteStart].Start, out var documentVerb) is { } owner)
        {
            decided = true;
            verb = documentVerb;
            return owner;
        }

        var noun = p + 1;
        while (noun + 1 < tokens.Count && noun - p < MaxDescriptionWords && NameForms.IsLowerWord(tokens[noun + 1]) && !IsAttributionVerb(tokens[noun + 1]))
        {
            noun++;
        }

        var v = noun + 1;

        if (v >= tokens.Count || !(NameForms.IsLowerWord(tokens[noun]) || (noun == p + 1 && IsCapitalisedBodyHead(tokens, noun)))
            || !IsAttributionVerb(tokens[v]))
        {
            var officeHolder = CapitalisedOfficeAfter(tokens, p, tokens[quoteStart].Start, out var officeVerb);
            decided = officeHolder is not null;
            verb = officeVerb;
            return officeHolder;
        }

        // (""...," the spokeswoman said": with nobody named as the spokeswoman, the body whose unnamed one was introduced.)
        var described = Described(tokens[noun], tokens[quoteStart].Start)
            ?? (noun == p + 1 && IsSpokespersonNoun(tokens[noun]) ? BodyOfEarlierSpokesperson(tokens[quoteStart].Start, tokens[noun]) : null);
        if (described is not null)
        {
            decided = true;
            verb = v;
        }

        return described;
    }

    // The first token of the quotation (with its closing mark and comma) that ends right before from, or from itself when
    // none does.
    private static int QuotationStartBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int from)
    {
        var start = from;
        while (start > 0 && (insideQuote[start - 1] || tokens[start - 1].IsSymbol('"') || tokens[start - 1].IsSymbol(',')))
        {
            start--;
        }

        return start;
    }

    // ""...," minister said": news copy that drops the article before an office; the one word right before the verb
    // is "the minister", and only a person holding that office named before is the speaker (a body never is: "police
    // said" is a plural).
    private EntityMention? OfficeWithoutArticleAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int p, out bool decided, out int verb)
    {
        decided = false;
        verb = -1;
        if (p == 0 || p + 1 >= tokens.Count || !tokens[p - 1].IsSymbol('"') || !NameForms.IsLowerWord(tokens[p]) || IsAttributionVerb(tokens[p])
            || !IsAttributionVerb(tokens[p + 1]))
        {
            return null;
        }

        var quoteStart = QuotationStartBefore(tokens, insideQuote, p - 1);
        if (Described(tokens[p], tokens[quoteStart].Start) is not { Kind: EntityKind.Person } holder)
        {
            return null;
        }

        decided = true;
        verb = p + 1;
        return holder;
    }

    // "with Jo Kim of Ohio calling it "..." and Ana Ruiz calling it "..."": the person right before a participle,
    // maybe after a short phrase saying where they are from, is its subject, not the first person of the sentence.
    private EntityMention? PersonRightBefore(IReadOnlyList<Token> tokens, int participle)
    {
        const int MaxPhraseLength = 5;
        var person = MentionEndingAt(tokens, participle - 1);
        for (var k = participle - 1; person is null && k >= 1 && participle - k <= MaxPhraseLength && tokens[k].IsWord; k--)
        {
            if (tokens[k].Is("of") || tokens[k].Is("from"))
            {
                person = MentionEndingAt(tokens, k - 1);
                break;
            }
        }

        return person is not null && person.Kind == EntityKind.Person ? person : null;
    }

    // "Ana Ruiz of the county water board told": the words up to the verb say where the speaker works ("the Velm Court
    // in eastern Velmoria said": or where the body sits).
    private static int SkipOfPhrase(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxPhraseLength = 10;
        // ("Sgt. Ana Ruiz with the city police department said": whom the speaker works with, as US copy writes it.)
        if (p >= tokens.Count || !(tokens[p].Is("of") || tokens[p].Is("from") || tokens[p].Is("at") || tokens[p].Is("in") || tokens[p].Is("with")))
        {
            return p;
        }

        for (var k = p + 1; k < tokens.Count && k - p <= MaxPhraseLength && tokens[k].IsWord; k++)
        {
            if (IsAttributionVerb(tokens[k]))
            {
                return k;
            }

            // "X of New York has repeatedly maintained": a verb phrase, not the name of a body.
            if (Adverbs.Contains(tokens[k].Text) || (NameForms.IsLowerWord(tokens[k]) && tokens[k].Text.EndsWith("ly", System.StringComparison.Ordinal)))
            {
                return p;
            }
        }

        return p;
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

        // (The article opens the name itself in "The Harbour Herald".)
        var q = p;
        if (tokens[q].IsArticle && entities.MentionAt(tokens[q].Start) is null)
        {
            q++;
        }

        if (q >= tokens.Count)
        {
            return -1;
        }

        var first = q;
        var mention = entities.MentionAt(tokens[q].Start);

        // "by US Secretary of State Ana Ruiz": the country is the office's, the person holds it.
        if ((mention is not null && mention.Kind == EntityKind.Place) || (mention is null && tokens[q].IsWord && NameForms.IsCountryOrDemonym(tokens[q].Text)))
        {
            var title = mention is null ? q + 1 : IndexAtOrAfter(tokens, mention.End);
            if (title + 1 < tokens.Count && tokens[title].IsWord && char.IsUpper(tokens[title].Text[0])
                && (Lexicon.TitleWords.Contains(tokens[title].Text) || Lexicon.TitleModifiers.Contains(tokens[title].Text)))
            {
                q = title;
                mention = null;
            }
            else if (mention is not null && ActorDescribedByPlace(tokens, title) is var placed && placed >= 0)
            {
                // "Harris County Fire Marshal Jo Kim", "the London-based Velm Trust": the place says where the actor serves.
                q = placed;
                mention = entities.MentionAt(tokens[q].Start);
            }
        }

        // "ABC Local 52 president Jo Kim told": a body's acronym no entity was read for, then its branch and the role.
        if (mention is null && q == p && PersonAfterUnreadAcronym(tokens, q) is var acronymOwned && acronymOwned >= 0)
        {
            q = acronymOwned;
            mention = entities.MentionAt(tokens[q].Start);
        }

        // "said Mayor Ana Torres", "said police spokesman Jo Kim", "said co-author Jo Kim": the title is not part of the name
        // (nor a body's capitals before a capitalised title: "WHO Director-General Jo Kim said");
        // "2nd Brigade's press officer Jo Kim told": nor is the body owning the role; "Comic artist Jo Kim told": nor an
        // adjective opening the sentence before the role.
        const int MaxTitleTokens = 9;
        while (mention is null && q + 1 < tokens.Count && q - p < MaxTitleTokens
            && ((tokens[q].IsWord && (IsTitleOrRoleWord(tokens[q]) || tokens[q].Is("his") || tokens[q].Is("her") || tokens[q].Is("their")
                    || ((tokens[q].Is("of") || tokens[q].Is("for") || char.IsUpper(tokens[q].Text[0]) || tokens[q].Text is "'s" or "'S") && q > p)
                    || (q == p && char.IsUpper(tokens[q].Text[0]) && NameForms.IsLowerWord(tokens[q + 1]) && IsTitleOrRoleWord(tokens[q + 1]))
                    || (q == p && NameForms.IsAllCaps(tokens[q].Text) && Lexicon.TitleWords.Contains(tokens[q + 1].Text))))
                || IsRoleJoiningAnd(tokens, p, q)
                || ((tokens[q].IsSymbol('.') || tokens[q].IsSymbol(',')) && q > p)
                || (tokens[q].IsSymbol('-') && !tokens[q].SpaceBefore && q > p)
                || IsOrdinalPart(tokens[q])))
        {
            q++;
            mention = entities.MentionAt(tokens[q].Start);
            if (mention is not null && mention.Kind != EntityKind.Person)
            {
                mention = null;
            }
        }

        // "said Orange County Sheriff Jo Kim": capitalised words of a body or place no entity was read for, then the office.
        if (mention is null && PersonAfterCapitalisedOffice(tokens, first) is var officeHolder && officeHolder >= 0)
        {
            q = officeHolder;
            mention = entities.MentionAt(tokens[q].Start);
        }

        if (mention is null)
        {
            actor = q < tokens.Count ? KnownShortName(tokens, q) : null;
            return actor is null ? -1 : q;
        }

        // "writes Huber's partner Erick Rowan": the possessor is not the speaker.
        var afterMention = IndexAtOrAfter(tokens, mention.End);
        if (afterMention < tokens.Count && tokens[afterMention].Text is "'s" or "'S")
        {
            for (var k = afterMention + 1; k < tokens.Count && k <= afterMention + 6; k++)
            {
                var owned = entities.MentionAt(tokens[k].Start);
                if (owned is not null && owned.Kind == EntityKind.Person)
                {
                    actor = owned;
                    return LastTokenOf(tokens, k, owned);
                }
            }

            // "a statement released by X's office": the office speaks for X; "reads Judge Kim's statement": so
            // does the document.
            var document = DocumentNounAfterPossessive(tokens, afterMention);
            if ((mention.Kind == EntityKind.Person && afterMention + 1 < tokens.Count && tokens[afterMention + 1].Is("office")) || document >= 0)
            {
                actor = mention;
                return document >= 0 ? document : afterMention + 1;
            }

            return -1;
        }

        // ("said the Facebook post": the platform is where the words went out, not who wrote them.)
        if (SocialPlatforms.IsMedium(tokens, q, LastTokenOf(tokens, q, mention), mention))
        {
            return -1;
        }

        // "said UCL astronomer Angelos Tsiaras": the body and the role describe the person after them.
        var described = PersonAfterRole(tokens, mention);
        if (described is not null)
        {
            mention = described;
        }

        if (mention.Kind == EntityKind.Place)
        {
            return -1;
        }

        actor = mention;
        return LastTokenOf(tokens, q, mention);
    }

    // "said co-founder and chief executive Jo Kim": "and" joins two roles of the one person named after them.
    private static bool IsRoleJoiningAnd(IReadOnlyList<Token> tokens, int p, int q) =>
        q > p && q + 1 < tokens.Count && tokens[q].Is("and") && IsTitleOrRoleWord(tokens[q - 1]) && IsTitleOrRoleWord(tokens[q + 1]);

    // The index of the person named after an all-capitals word that opens at first and the words describing them
    // ("ABC Local 52 regional organiser Jo Kim"), or -1.
    private int PersonAfterUnreadAcronym(IReadOnlyList<Token> tokens, int first) =>
        tokens[first].IsWord && tokens[first].Text.Length >= 2 && NameForms.IsAllCaps(tokens[first].Text) ? PersonAfterDescribingWords(tokens, first + 1) : -1;

    // The index of the person named right after a body's branch (capitalised words and numbers: "Local 52") and then
    // lower-case words describing them that are neither function words nor verbs of saying ("regional organiser"), or -1.
    private int PersonAfterDescribingWords(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxDescribingTokens = 6;
        var sawRole = false;
        for (var k = first; k < tokens.Count && k - first < MaxDescribingTokens; k++)
        {
            var mention = entities.MentionAt(tokens[k].Start);
            if (mention is not null)
            {
                return mention.Kind == EntityKind.Person && mention.Start == tokens[k].Start && sawRole ? k : -1;
            }

            if (IsOrdinalPart(tokens[k]) || (tokens[k].IsCapitalized && !sawRole))
            {
                continue;
            }

            if (!NameForms.IsLowerWord(tokens[k]) || Lexicon.CapitalisedFunctionWords.Contains(tokens[k].Text) || Lexicon.AttributionVerbs.Contains(tokens[k].Text))
            {
                return -1;
            }

            sawRole = true;
        }

        return -1;
    }

    // The last token of the mention whose first token is at first, counting the stop of an abbreviated ending the
    // name keeps ("Acme Corp. said", "Ana Ruiz Jr. said").
    private static int LastTokenOf(IReadOnlyList<Token> tokens, int first, EntityMention mention)
    {
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= mention.End)
        {
            last++;
        }

        return last + 1 < tokens.Count && IsNameStop(tokens[last + 1], mention) ? last + 1 : last;
    }

    private static bool IsOrdinalPart(Token token) =>
        token.IsNumber || token.IsOrdinalSuffix;

    // "head", "spokesman", "CEO", "Minister": a word naming an office (a role head or a title), with or without its capital.
    private static bool IsOfficeWord(Token token) => RoleParser.IsRoleHead(token) || (token.IsWord && Lexicon.TitleWords.Contains(token.Text));

    private static bool IsTitleOrRoleWord(Token token) =>
        IsTitleWord(token) || Lexicon.RoleHeads.Contains(token.Text)
        || (char.IsLower(token.Text[0]) && !Lexicon.CapitalisedFunctionWords.Contains(token.Text) && !Lexicon.AttributionVerbs.Contains(token.Text));

    private EntityMention? Actor(IReadOnlyList<Token> tokens, int p)
    {
        if (p >= tokens.Count)
        {
            return null;
        }

        return ActorEndFrom(tokens, p, out var actor, out _) >= 0 ? actor : null;
    }

    // The dash opening the aside that the dash at close ends, or -1 when that dash stands alone in the sentence.
    private static int OpeningDashBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int close)
    {
        for (var k = close - 1; k >= 0; k--)
        {
            if (!insideQuote[k] && IsDash(tokens[k]))
            {
                return k;
            }
        }

        return -1;
    }

    // The subject of the attribution verb at v.
    private EntityMention? SubjectOf(IReadOnlyList<Token> tokens, bool[] insideQuote, int v)
    {
        // Passive: "were described by Johnson as".
        if (v + 2 < tokens.Count && tokens[v + 1].Is("by"))
        {
            var agent = Actor(tokens, v + 2);
            if (agent is not null)
            {
                return agent;
            }
        }

        // Inverted after a quotation: "We stand ready" tweeted Johnson "to provide ...".
        if (v >= 1 && (tokens[v - 1].IsSymbol('"') || (v >= 2 && tokens[v - 1].IsSymbol(',') && tokens[v - 2].IsSymbol('"'))))
        {
            var inverted = Actor(tokens, v + 1);
            if (inverted is not null)
            {
                return inverted;
            }
        }

        var p = v - 1;
        while (p >= 0 && tokens[p].IsWord && (Adverbs.Contains(tokens[p].Text) || IsMannerAdverb(tokens[p])))
        {
            p--;
        }

        // "Jo Kim on Sunday told": the subject before the phrase of time.
        p = p >= 0 ? BeforeTimePhrase(tokens, p) : p;

        // "Jo Kim of the Food Agency (FA) said": the abbreviation in brackets belongs to the name before it.
        p = BeforeParenthesis(tokens, p);
        if (p < 0)
        {
            return null;
        }

        // "Prime Minister Ana Ruiz — who will seek re-election — said": the subject stands before the dashed aside.
        var beforeAside = SubjectBeforeDashedAside(tokens, insideQuote, p, out p);
        if (beforeAside is not null)
        {
            return beforeAside;
        }

        // "The court's summary said", "Kim's statement read": whoever issued the document.
        var issuer = IssuerOfDocument(tokens, p) ?? PronounIssuerOfDocument(tokens, p) ?? AuthorOfUnownedDocument(tokens, p) ?? AuthorOfDocumentCalledIt(tokens, p);
        if (issuer is not null)
        {
            return issuer;
        }

        if (GovernmentEndingAt(tokens, p) is { } government)
        {
            return government;
        }

        // "She went on to say", "X wanted to add": the subject of the verb the infinitive completes.
        if (p >= 1 && tokens[p].Is("to"))
        {
            var head = p - 1;
            while (head >= 0 && p - head <= 3 && NameForms.IsLowerWord(tokens[head]) && !Prepositions.Contains(tokens[head].Text)
                && !(tokens[head].Is("and") || tokens[head].Is("or") || tokens[head].Is("but") || tokens[head].Is("that") || tokens[head].Is("which") || tokens[head].Is("who")))
            {
                head--;
            }

            if (head >= 0 && head < p - 1)
            {
                p = head;
            }
        }

        if (IsPronoun(tokens, p))
        {
            return PersonBefore(tokens[p].Start, tokens[p]);
        }

        // "The agency closed the road. It also urged drivers to "...": "it" speaks for a body, never for a person.
        if (tokens[p].Is("it"))
        {
            return OrganizationForIt(tokens[p]);
        }

        // "Police, which indicated on Monday a "...", face": the body the relative clause describes;
        // "led by Ana Ruiz, a professor at the institute, who said": the person the apposition describes.
        if (p >= 2 && (tokens[p].Is("which") || tokens[p].Is("who")) && tokens[p - 1].IsSymbol(','))
        {
            if (IsPassive(tokens, v))
            {
                return null;
            }

            var described = MentionEndingAt(tokens, p - 2);
            return tokens[p].Is("who") ? PersonDescribedBeforeComma(tokens, p - 1) : described is not null && described.Kind == EntityKind.Organization ? described : null;
        }

        // "drafted by Ana Ruiz who said": the person right before "who".
        if (p >= 1 && tokens[p].Is("who") && MentionEndingAt(tokens, p - 1) is { Kind: EntityKind.Person } who && !IsPassive(tokens, v))
        {
            return who;
        }

        // "Ana Ruiz who rushed to the scene said": the person before a relative clause left without commas.
        if (!IsPassive(tokens, v) && PersonBeforeUnpunctuatedRelative(tokens, p) is { } relativeSubject)
        {
            return relativeSubject;
        }

        // "They released a statement which said": the statement's issuer.
        if (p >= 1 && (tokens[p].Is("which") || tokens[p].Is("that")) && IsStatementNoun(tokens[p - 1]))
        {
            p--;
        }

        if (tokens[p].IsSymbol(','))
        {
            if (PublisherOfDocumentBeforeAside(tokens, p) is { } publisher)
            {
                return publisher;
            }

            // "X of the University and contributor to Slate wrote,": else the first person of the clause.
            return SubjectBeforeApposition(tokens, p, out var decided) ?? (decided ? null : FirstPerson(tokens, insideQuote, p));
        }

        var mention = MentionEndingAt(tokens, p);
        if (mention is not null)
        {
            // "An official from the port authority said": the body speaks through its representative, and
            // through its documents ("a statement from the ministry said").
            if (IsRepresentedBody(tokens, mention) || IsPersonWithSpokesperson(tokens, mention) || IsDocumentOwner(tokens, mention))
            {
                return mention;
            }

            // "Dr. Ana Ruiz at Saint Clare said": the person before the phrase; "a source within the
            // ministry said": nobody named.
            return IsInsidePrepositionalPhrase(tokens, mention) ? FirstPerson(tokens, insideQuote, p) : mention;
        }

        // "... and wrote": the subject of the coordinated clause; "X called it "..." and said": the subject of
        // the verb of saying before; "The president did not concede, and vowed": the person it describes. "But" joins
        // a verb with no subject of its own just as "and" does ("X told the paper the plan had failed, but added").
        if (tokens[p].Is("and") || tokens[p].Is("but"))
        {
            var coordinated = SubjectOfClauseBeforeAnd(tokens, insideQuote, p);
            if (coordinated is not null)
            {
                return coordinated;
            }

            for (var k = p - 1; k >= 0; k--)
            {
                if (!insideQuote[k] && (IsAttributionVerb(tokens[k]) || IsActiveNamingVerb(tokens, k)) && !tokens[k - 1 >= 0 ? k - 1 : 0].Is("and"))
                {
                    var earlier = SubjectOf(tokens, insideQuote, k);
                    if (earlier is not null)
                    {
                        return earlier;
                    }

                    break;
                }
            }

            return OpeningPronounSubject(tokens) ?? FirstActor(tokens, insideQuote, p) ?? DescribedOpening(tokens);
        }

        // "the ministry said": a ministry named before, not whatever body was named last ("The court heard the case. The
        // ministry said" is no word of the court's).
        if (tokens[p].Is("ministry"))
        {
            return Described(tokens[p]);
        }

        if (IsStatementNoun(tokens[p]) || tokens[p].Is("spokesperson") || tokens[p].Is("spokesman") || tokens[p].Is("spokeswoman"))
        {
            // ("Their statement read": the owner is whom the pronoun stands for, found above when it is named; the
            // body named last is no likelier than anyone else.)
            // ("The prime minister's spokesman said": an owner described before the possessive is whom the description
            // stands for, or nobody known; the body named last does not own the spokesperson either.)
            var ownedByPronoun = p >= 1 && IsPossessivePronoun(tokens[p - 1]);
            var ownedByDescription = p >= 2 && tokens[p - 1].Text is "'s" or "'S" && NameForms.IsLowerWord(tokens[p - 2]);
            // ("The spokesman said: "..."": a person named before as the spokesperson, as after the quotation; else the body.)
            return OwnerOfSpokesperson(tokens, p) ?? SpokespersonNamedBefore(tokens, p) ?? (ownedByDescription ? Described(tokens[p - 2])
                : ownedByPronoun ? null : OrganizationBefore(tokens[p].Start));
        }

        // "The Prime Minister apologised", "the Foreign Minister said": the person holding the office named before.
        var officeHolder = DescribedByTitle(tokens, p);
        if (officeHolder is not null)
        {
            return officeHolder;
        }

        // "The actress recalled", "the court concluded": the person or body the description stands for.
        if (p >= 1 && (NameForms.IsLowerWord(tokens[p]) || IsCapitalisedBodyHead(tokens, p)) && tokens[p - 1].Is("the") && (p == 1 || !tokens[p - 2].IsWord || tokens[p - 2].Is("and")))
        {
            var described = Described(tokens[p]);
            if (described is not null)
            {
                return described;
            }
        }

        // "A spokeswoman for the company said": the body named before that the description stands for.
        if (p >= 3 && tokens[p - 1].Is("the") && NameForms.IsLowerWord(tokens[p]) && (tokens[p - 2].Is("for") || tokens[p - 2].Is("of") || tokens[p - 2].Is("from"))
            && tokens[p - 3].IsWord && RepresentativeNouns.Contains(tokens[p - 3].Text) && Described(tokens[p]) is { Kind: EntityKind.Organization } represented)
        {
            return represented;
        }

        // "Jo Kim in answering the question said", "Jo Kim after hearing the verdict told": the person
        // before a short gerund phrase.
        var gerundPhraseSubject = SubjectBeforeGerundPhrase(tokens, p);
        if (gerundPhraseSubject is not null)
        {
            return gerundPhraseSubject;
        }

        // "X of Amberly University and contributor to Harbour Weekly wrote": a capitalised word that names nobody
        // known ends a long subject; a lower-case noun ("a resident told") is an unnamed speaker.
        var q = p;
        while (q >= 1 && tokens[q].IsWord && char.IsUpper(tokens[q].Text[0]) && tokens[q - 1].IsWord && char.IsUpper(tokens[q - 1].Text[0]))
        {
            q--;
        }

        // ("Jo Kim in nearby Velmora said": a modifier or two may stand between the preposition and the place.)
        // ("The Velm Port Authority in Tolland said": with no person, the body before the place it sits in.)
        if (tokens[q].IsWord && char.IsUpper(tokens[q].Text[0]) && q >= 1 && PrepositionBeforePlaceName(tokens, q) >= 0)
        {
            return FirstPerson(tokens, insideQuote, p) ?? BodyBeforePlaceName(tokens, q);
        }

        return PersonBeforeUnclosedAside(tokens, p) ?? PersonBeforeAffiliationPhrase(tokens, p);
    }

    // "X, Norway's representative, said" and "The president of the council, X, said".
    private EntityMention? SubjectBeforeApposition(IReadOnlyList<Token> tokens, int comma, out bool decided)
    {
        decided = false;
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
            // "The Harbour Guard (HG), which includes the Coast Watch, declared": skip the parenthesis too.
            var end = previousComma - 1;

            // "The ministry has, in a statement, called": the auxiliary before the aside is not the subject.
            while (end > 0 && (tokens[end].Is("has") || tokens[end].Is("have") || tokens[end].Is("had")))
            {
                end--;
            }

            if (tokens[end].IsSymbol(')'))
            {
                while (end > 0 && !tokens[end].IsSymbol('('))
                {
                    end--;
                }

                end--;
            }

            end = BeforePartyTag(tokens, end);
            var before = MentionEndingAt(tokens, end);
            if (before is not null && (!IsInsidePrepositionalPhrase(tokens, before) || IsDocumentOwner(tokens, before)))
            {
                return before;
            }

            // "The ruling of the Tribunal, published on Friday, read": the body issuing the document.
            var issuer = IssuerOfDocument(tokens, end);
            if (issuer is not null)
            {
                return issuer;
            }

            // "Peter Hale, 71, of Mill Road, who led the campaign, said": short asides between the name and the
            // relative clause describe the person too.
            if (tokens[previousComma + 1].Is("who") && PersonBeforeShortAsides(tokens, previousComma) is { } described)
            {
                return described;
            }

            if (tokens[previousComma + 1].Is("which") || tokens[previousComma + 1].Is("who"))
            {
                decided = true;
                return null;
            }

            // ", speaking to BBC, said": the name inside the aside is not the subject.
            return null;
        }

        return between;
    }

    // "Sen. Ana Ruiz, R-Okla., who voted no, said": the legislator's party tag between the name and the aside is part
    // of the name's apposition, so the subject ends before the tag's comma. Returns end unchanged when no tag ends there.
    private static int BeforePartyTag(IReadOnlyList<Token> tokens, int end)
    {
        var comma = DocumentEntityReader.CommaBeforePartyTag(tokens, end);
        return comma >= 0 ? comma - 1 : end;
    }

    // "was", "were", "is", "are".
    internal static bool IsBe(Token token) => token.Is("was") || token.Is("were") || token.Is("is") || token.Is("are");

    // A form of "be" before a passive participle: "was", "were", "is", "are", "been", "being".
    internal static bool IsPassiveAuxiliary(Token token) => IsBe(token) || token.Is("been") || token.Is("being");

    // "who was described as": the words are someone else's.
    private static bool IsPassive(IReadOnlyList<Token> tokens, int verb) => verb >= 1 && IsPassiveAuxiliary(tokens[verb - 1]);

    // "was praised by X": the one named after "by" did it.
    private static bool HasAgentBy(IReadOnlyList<Token> tokens, int verb) => verb + 1 < tokens.Count && tokens[verb + 1].Is("by");

    // "X was said to ...", "was praised as ...": the words are whoever said them, and no "by" names them.
    private static bool IsPassiveWithoutAgent(IReadOnlyList<Token> tokens, int verb) => IsPassive(tokens, verb) && !HasAgentBy(tokens, verb);

    private static bool IsStatementNoun(Token token) => token.Is("statement") || token.Is("release") || token.Is("communique");

    private EntityMention? SubjectBeforeGerundPhrase(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxPhraseLength = 10;
        for (var k = last - 1; k >= 1 && last - k < MaxPhraseLength && tokens[k].IsWord; k--)
        {
            var opensGerundPhrase = (Prepositions.Contains(tokens[k].Text) || tokens[k].Is("while") || tokens[k].Is("after") || tokens[k].Is("before") || tokens[k].Is("when"))
                && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Text[0]) && tokens[k + 1].Text.EndsWith("ing", System.StringComparison.Ordinal);
            if (opensGerundPhrase)
            {
                var subject = MentionEndingAt(tokens, k - 1);
                return subject is not null && subject.Kind == EntityKind.Person ? subject : null;
            }

            // "Jo Kim speaking to the council called": a participle phrase right after the person.
            if (NameForms.IsLowerWord(tokens[k + 1]) && tokens[k + 1].Text.EndsWith("ing", System.StringComparison.Ordinal))
            {
                var person = MentionEndingAt(tokens, k);
                if (person is not null && person.Kind == EntityKind.Person)
                {
                    return person;
                }
            }
        }

        return null;
    }

    // "A witness told ...", "A bystander explained ...": the sentence opens with an indefinite common noun for a
    // person, whose name is not given.
    private static bool OpensWithUnnamedSubject(IReadOnlyList<Token> tokens) =>
        (tokens.Count > 2 && (tokens[0].Is("A") || tokens[0].Is("An")) && NameForms.IsLowerWord(tokens[1])
        && (IsUnnamedPersonNoun(tokens[1]) || (NameForms.IsLowerWord(tokens[2]) && IsUnnamedPersonNoun(tokens[2]))))
        || OpensWithCountedPeople(tokens);

    /// <summary>How many words may describe counted people ("Fifty former intelligence officials").</summary>
    private const int MaxCountedPeopleModifiers = 3;

    // "Fifty former officials", "Several residents", "12 nurses": people counted, not named (a list of names after
    // "including" does not make one of them the subject).
    private static bool OpensWithCountedPeople(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 2 || !(tokens[0].IsNumber || (tokens[0].IsWord && (NumberWords.IsCardinalWord(tokens[0].Text) || NumberWords.IsVagueCount(tokens[0].Text)))))
        {
            return false;
        }

        for (var k = 1; k < tokens.Count && k <= MaxCountedPeopleModifiers + 1 && NameForms.IsLowerWord(tokens[k]); k++)
        {
            if (IsPluralOfPersonNoun(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "witness", "doctor", "minister": a common noun for a person ("A bystander", or after an adjective, "A nearby resident").
    private static bool IsUnnamedPersonNoun(Token token) =>
        Lexicon.PersonNouns.Contains(token.Text) || Lexicon.RoleHeads.Contains(token.Text) || UnnamedWitnessNouns.Contains(token.Text);

    // The unnamed people a report quotes that neither Lexicon.PersonNouns ("witness", "bystander", "neighbour",
    // "survivor") nor Lexicon.RoleHeads ("official") lists.
    private static readonly HashSet<string> UnnamedWitnessNouns = new(System.StringComparer.Ordinal)
    {
        "source", "local", "relative",
    };

    // "She pointed out that she had "...": the phrasal verb reports speech as "noted" does.
    private static bool IsPointingOut(IReadOnlyList<Token> tokens, int v) =>
        v + 1 < tokens.Count && tokens[v].IsWord && tokens[v].Text is "pointed" or "points" && tokens[v + 1].Is("out");

    // "X said - as reported by the Daily News - "...": the newspaper reported the words, X said them.
    private static bool IsCitedSource(IReadOnlyList<Token> tokens, int verb) =>
        verb >= 1 && tokens[verb - 1].Is("as") && verb + 1 < tokens.Count && tokens[verb + 1].Is("by");

    // "According to a letter signed by Senator Ana Ruiz, ...": the author of the document, looked for up to the comma.
    private EntityMention? AuthorOfCitedDocument(IReadOnlyList<Token> tokens, bool[] insideQuote, int start)
    {
        const int MaxPhraseLength = 12;
        for (var k = start; k < tokens.Count && k - start < MaxPhraseLength && !insideQuote[k] && !tokens[k].IsSymbol(','); k++)
        {
            // ("a statement from the ministry": "from" after the document names who issued it.)
            // ("a statement posted on the website of the ministry": the body whose website it is issued it.)
            if (tokens[k].Is("by") || (tokens[k].Is("from") && k > start && DocumentNouns.Contains(tokens[k - 1].Text))
                || (tokens[k].Is("of") && k > start && (tokens[k - 1].Is("website") || tokens[k - 1].Is("blog"))))
            {
                return Actor(tokens, k + 1);
            }
        }

        return null;
    }

    private static bool IsSentenceInitialPhrase(IReadOnlyList<Token> tokens, EntityMention mention) => tokens.Count > 0 && tokens[0].Start <= mention.Start;

    private static bool IsPronoun(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && (tokens[index].Is("he") || tokens[index].Is("she"));

    private static bool IsParticiple(Token token) =>
        token.IsWord && char.IsLower(token.Text[0]) && (Lexicon.AttributionParticiples.Contains(token.Text) || MoreSpeechParticiples.Contains(token.Text));

    // "X lashed out at the mayor, accusing her of "...": the charge is in X's words.
    private static readonly HashSet<string> MoreSpeechParticiples = new(System.StringComparer.Ordinal)
    {
        "accusing", "labelling", "labeling", "branding", "dubbing", "terming", "recalling", "replying", "responding", "answering", "confirming",
        // Acts of speech and of judging, as the verbs of saying and framing are ("X left the stage, shouting "...").
        "shouting", "screaming", "yelling", "exclaiming", "announcing", "asking", "pleading", "vowing", "pledging", "admitting",
        "acknowledging", "conceding", "praising", "criticising", "criticizing", "condemning", "thanking", "welcoming",
    };

    private static bool IsAttributionVerb(Token token) =>
        token.IsWord && char.IsLower(token.Text[0]) && (Lexicon.AttributionVerbs.Contains(token.Text) || MoreSpeechVerbs.Contains(token.Text));

    private bool IsNamedBetween(EntityMention speaker, int start, int end)
    {
        foreach (var mention in entities.MentionsWithin(start, end))
        {
            if (mention.Record.Resolve() == speaker.Record.Resolve())
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEvaluationVerb(IReadOnlyList<Token> tokens, int v) =>
        tokens[v].IsWord && EvaluationVerbs.Contains(tokens[v].Text) && !IsPassiveWithoutAgent(tokens, v);

    // "X denounced the team's claims as a "...": the verb that gives the label, past the nouns of its object
    // ("claims" is no verb of saying there). Returns its index, or -1.
    private static int LabellingVerbBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int open)
    {
        const int MaxObjectTokens = 10;
        var a = open - 1;
        if (a >= 1 && tokens[a].IsArticle)
        {
            a--;
        }

        if (a < 1 || !tokens[a].Is("as"))
        {
            return -1;
        }

        for (var v = a - 1; v >= 0 && a - v <= MaxObjectTokens && !insideQuote[v] && !tokens[v].IsSymbol('"'); v--)
        {
            var labels = IsNamingVerb(tokens, v) || (tokens[v].IsWord && LabellingVerbs.Contains(tokens[v].Text));
            if (labels && !IsPassiveWithoutAgent(tokens, v))
            {
                return v;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> LabellingVerbs = new(System.StringComparer.Ordinal)
    {
        "described", "describes", "characterised", "characterized", "characterises", "characterizes", "called", "calls",
        "referred", "refers", "portrayed", "portrays", "branded", "brands", "labelled", "labeled", "dismissed", "dismisses",
    };

    // "X named it "...", "X denounced the claims as "...": the name or label given is X's words, unless the
    // verb is passive ("was named "player of the year"").
    private static bool IsActiveNamingVerb(IReadOnlyList<Token> tokens, int v) =>
        IsNamingVerb(tokens, v) && !IsPassive(tokens, v) && !(v >= 1 && tokens[v - 1].Is("be"));

    private static bool IsNamingVerb(IReadOnlyList<Token> tokens, int v) =>
        tokens[v].IsWord && NamingVerbs.Contains(tokens[v].Text) && !(v >= 1 && (tokens[v - 1].Is("a") || tokens[v - 1].Is("the")));

    // "The president did not concede": the person or body a sentence-opening definite description stands for.
    private EntityMention? DescribedOpening(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count < 3 || !tokens[0].Is("the"))
        {
            return null;
        }

        return NameForms.IsLowerWord(tokens[1]) ? Described(tokens[1]) : null;
    }

    private static readonly HashSet<string> NamingVerbs = new(System.StringComparer.Ordinal)
    {
        "named", "dubbed", "labelled", "labeled", "branded", "termed", "denounced", "hailed", "slammed",
    };

    // Verbs of saying that only introduce speech in quotations (the shared lexicon lists the common ones).
    private static readonly HashSet<string> MoreSpeechVerbs = new(System.StringComparer.Ordinal)
    {
        "quipped", "quips", "joked", "jokes", "recounted", "recounts", "narrated", "narrates", "recall", "recalls", "shared", "mused", "muses",
        "boasted", "boasts", "conceded", "concedes", "countered", "counters", "retorted", "lamented", "laments", "complained",
        "complains", "affirmed", "affirms", "asserted", "asserts", "contended", "contends",
        // The base form after "to" ("She went on to add "..."); the shared lexicon lists only "say".
        "add", "opines", "opined", "reacted",
        // "X informed reporters: "..."".
        "informed", "informs",
        // Speech before a court or a panel, and advice ("Ana Ruiz testified.", "X advised the crews to keep the ferry
        // "afloat""): a passive ("were advised to") is no one's speech, as with the other verbs.
        "testified", "testifies", "advised", "advises",
    };

    // "X lauded the plan's "...", "the court ruled that "...": verbs that judge something in the subject's words
    // (but "was praised as a "..."" quotes someone else). Forms that are also nouns ("rules", "praises") are left out.
    private static readonly HashSet<string> EvaluationVerbs = new(System.StringComparer.Ordinal)
    {
        "lauded", "lauds", "praised", "criticised", "criticized", "criticises", "criticizes", "ruled",
    };

    // The first token at or after i that is not one of the adverbs or auxiliaries that may stand before a verb ("also said").
    private static int SkipAdverbs(IReadOnlyList<Token> tokens, int i)
    {
        while (i < tokens.Count && tokens[i].IsWord && Adverbs.Contains(tokens[i].Text))
        {
            i++;
        }

        return i;
    }

    // Asked for every mention a pronoun passes over and several times a quotation: a binary search, as tokens are in
    // text order, instead of a walk from the sentence's start.
    internal static int IndexAtOrAfter(IReadOnlyList<Token> tokens, int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (tokens[mid].Start >= offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
