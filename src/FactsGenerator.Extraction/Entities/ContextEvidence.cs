using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// What the words around a name say about its kind, gathered over the whole document before any name is
/// classified: "Ghor province" and "in Maidan Shahr" make places, "the group Greenpeace" and "told Reuters"
/// organisations. Strong hints decide; weak ones only break a tie.
/// </summary>
internal sealed class ContextEvidence
{
    private readonly Dictionary<string, EntityKind> strong = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> weakPlaces = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> weakOrganizations = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> featureNames = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> singleWords = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> actors = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> speakers = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> midSentence = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> introducedAsPerson = new(System.StringComparer.Ordinal);

    /// <summary>True when the word is written alone as a name somewhere in the document ("Hotak said").</summary>
    public bool IsUsedAlone(string word) => singleWords.Contains(NameForms.Key(word));

    /// <summary>True when the name is followed by an attribution verb or an age ("X said", "X, 45,").</summary>
    public bool IsActor(string name) => actors.Contains(NameForms.Key(name));

    /// <summary>True when the name is the subject of a verb of saying somewhere ("X said", "X also announced").</summary>
    public bool IsSpeaker(string name) => speakers.Contains(NameForms.Key(name));

    /// <summary>True when a noun for a person stands right before the name somewhere ("a student named X", "student X").</summary>
    public bool IsIntroducedAsPerson(string name) => introducedAsPerson.Contains(NameForms.Key(name));

    /// <summary>True when the name is written somewhere other than at the start of a sentence, so its capital is its own.</summary>
    public bool IsCapitalisedMidSentence(string name) => midSentence.Contains(NameForms.Key(name));

    public bool TryGetStrong(string name, out EntityKind kind) => strong.TryGetValue(NameForms.Key(name), out kind);

    public bool IsWeakPlace(string name) => weakPlaces.Contains(NameForms.Key(name));

    public bool IsWeakOrganization(string name) => weakOrganizations.Contains(NameForms.Key(name));

    /// <summary>The full name of a natural feature written with its noun ("Amazon" → "Amazon rainforest").</summary>
    public string? FeatureName(string name) => featureNames.TryGetValue(NameForms.Key(name), out var full) ? full : null;

    public void Hint(string name, EntityKind kind)
    {
        var key = NameForms.Key(name);

        // A demonym ("Azerbaijani territory", "the Armenian republic") is never a place, and a known
        // non-acronym ("LGBT activist") never an organisation.
        if ((kind == EntityKind.Place && NameForms.CountryOfDemonym(name) is not null)
            || (kind == EntityKind.Organization && Lexicon.NonAcronyms.Contains(name)))
        {
            return;
        }

        if (key.Length > 0 && !strong.ContainsKey(key))
        {
            strong[key] = kind;
        }
    }

    public void Collect(NameChunk chunk, IReadOnlyList<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var a = chunk.First;
        var b = chunk.Last;
        var prev = a >= 1 ? tokens[a - 1] : (Token?)null;
        var prev2 = a >= 2 ? tokens[a - 2] : (Token?)null;
        var next = b + 1 < tokens.Count ? tokens[b + 1] : (Token?)null;
        var next2 = b + 2 < tokens.Count ? tokens[b + 2] : (Token?)null;
        if (chunk.SpacedWordCount == 1)
        {
            singleWords.Add(NameForms.Key(chunk.Text));
        }

        // "a student named Tsang", "student Tsang": a noun for a person introduces a person.
        if (prev is { } noun && IsLower(noun) && (noun.Is("named") || noun.Is("called") || Lexicon.PersonNouns.Contains(noun.Text) || Lexicon.RoleHeads.Contains(noun.Text)))
        {
            introducedAsPerson.Add(NameForms.Key(chunk.Text));
        }

        if (!NameChunker.IsClauseStart(tokens, a) && !(prev is { } stop && stop.IsSymbol('.')))
        {
            midSentence.Add(NameForms.Key(chunk.Text));
        }

        if (IsFollowedByVerbOrAge(tokens, b))
        {
            actors.Add(NameForms.Key(chunk.Text));
            if (tokens[b + 1].IsWord)
            {
                speakers.Add(NameForms.Key(chunk.Text));
            }
        }

        if (next is { } admin && IsLower(admin) && Lexicon.AdministrativeNouns.Contains(admin.Text))
        {
            Hint(chunk.Text, EntityKind.Place);
            if (admin.Text.EndsWith("s", System.StringComparison.Ordinal))
            {
                HintListBefore(chunk, chunks);
            }
        }

        if (prev is { } of && of.Is("of") && prev2 is { } kindNoun && IsLower(kindNoun)
            && (Lexicon.AdministrativeNouns.Contains(kindNoun.Text) || Lexicon.FeatureNouns.Contains(kindNoun.Text) || kindNoun.Is("capital")))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if ((prev is { } capital && capital.Is("capital")) || (prev is { } comma && comma.IsSymbol(',') && prev2 is { } capital2 && capital2.Is("capital")))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if (next is { } feature && IsLower(feature) && Lexicon.FeatureNouns.Contains(feature.Text) && NameForms.CountryOfDemonym(chunk.Text) is null)
        {
            var key = NameForms.Key(chunk.Text);
            if (!featureNames.ContainsKey(key))
            {
                featureNames[key] = chunk.Text + " " + feature.Text;
            }

            Hint(chunk.Text, EntityKind.Place);
        }

        if (IsFollowedByItsRegion(chunk, chunks))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if (next is { } hyphen && hyphen.IsSymbol('-') && !hyphen.SpaceBefore && next2 is { } based && based.Is("based"))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        var countryLike = NameForms.IsCountryOrDemonym(chunk.Text);
        if (!countryLike && ((prev is { } type && IsLower(type) && Lexicon.OrganizationTypeNouns.Contains(type.Text))
            || (prev is { } comma2 && comma2.IsSymbol(',') && prev2 is { } type2 && IsLower(type2) && Lexicon.OrganizationTypeNouns.Contains(type2.Text)
                && next is { } close && close.IsSymbol(','))))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (IsListedAfterOrganisationNoun(tokens, a))
        {
            HintListFrom(chunk, chunks, EntityKind.Organization);
        }

        if (!countryLike && IsDescribedAsOrganisation(tokens, b))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (!countryLike && next is { } kind && IsLower(kind)
            && (kind.Is("agency") || kind.Is("newspaper") || kind.Is("broadcaster") || kind.Is("channel") || kind.Is("account") || kind.Is("feed")
                || kind.Is("magazine") || kind.Is("website") || kind.Is("tabloid") || kind.Is("podcast") || kind.Is("charts")
                || (kind.Is("news") && next2 is { } agency && (agency.Is("agency") || agency.Is("service")))))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if ((prev is { } told && (told.Is("told") || told.Is("via")))
            || (prev is { } on && on.Is("on") && chunk.SpacedWordCount == 1 && PostedEarlier(tokens, a - 1))
            || (prev is { } to && to.Is("to") && prev2 is { } according && according.Is("according"))
            || (prev is { } with && with.Is("with") && prev2 is { } interview && (interview.Is("interview") || interview.Is("interviews")))
            || (next is { } reported && (reported.Is("reported") || (reported.Is("reports") && (!NameChunker.IsClauseStart(tokens, a) || ReportsIsAVerb(tokens, b + 1)))))
            || IsCitedSource(tokens, a)
            || HasOwnDatabase(tokens, b))
        {
            weakOrganizations.Add(NameForms.Key(chunk.Text));
        }

        if (!countryLike && IsAffiliationBeforeRole(tokens, b) && !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _)
            && !(chunk.First == chunk.Last && NameForms.IsAllCaps(tokens[a].Text) && !NameForms.IsAcronym(tokens[a])))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (prev is { } preposition && IsLower(preposition) && Lexicon.PlacePrepositions.Contains(preposition.Text)
            && !(next is { } possessive && possessive.Text is "'s" or "'S") && CanBePlaceName(chunk))
        {
            weakPlaces.Add(NameForms.Key(chunk.Text));
        }
    }

    // "Nordpress reports the ship sank" (but "Media reports said", "Early reports of damage"): at a sentence start,
    // "reports" is a verb unless a verb or a preposition follows it.
    private static bool ReportsIsAVerb(IReadOnlyList<Token> tokens, int reports)
    {
        if (reports + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[reports + 1];
        return !(next.IsWord && IsLower(next) && (Lexicon.AttributionVerbs.Contains(next.Text) || next.Text.EndsWith("ed", System.StringComparison.Ordinal)
            || next.Text is "of" or "from" or "by" or "on" or "in" or "are" or "were" or "have" or "had" or "say" or "suggest" or "indicate" or "show" or "showed"))
            && !next.IsSymbol(',') && !next.IsSymbol('.');
    }

    // "Tellan Systems, an investment bank", "Nordwind, a firm that tracks ships": an apposition naming a kind of body
    // (but "X, a company spokesman" describes a person).
    private static bool IsDescribedAsOrganisation(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxModifiers = 2;
        if (last + 3 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !(tokens[last + 2].Is("a") || tokens[last + 2].Is("an")))
        {
            return false;
        }

        for (var k = last + 3; k < tokens.Count && k - (last + 3) <= MaxModifiers && IsLower(tokens[k]); k++)
        {
            if (Lexicon.OrganizationTypeNouns.Contains(tokens[k].Text))
            {
                return k + 1 >= tokens.Count || !(IsLower(tokens[k + 1]) && (RoleParser.IsRoleHead(tokens[k + 1]) || Lexicon.OrganizationTypeNouns.Contains(tokens[k + 1].Text)));
            }
        }

        return false;
    }

    // "firms including Nordwind and Keller", "broadcasters such as Radio Arden": the named examples of a plural
    // kind of body are bodies.
    private static bool IsListedAfterOrganisationNoun(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 1 && tokens[k].Is("as") && tokens[k - 1].Is("such"))
        {
            k -= 1;
        }
        else if (!(k >= 0 && (tokens[k].Is("including") || tokens[k].Is("like"))))
        {
            return false;
        }

        k--;
        if (k >= 0 && tokens[k].IsSymbol(','))
        {
            k--;
        }

        if (k < 0 || !IsLower(tokens[k]) || tokens[k].Text.Length < 4 || !tokens[k].Text.EndsWith("s", System.StringComparison.Ordinal))
        {
            return false;
        }

        var plural = tokens[k].Text;
        var singular = plural.EndsWith("ies", System.StringComparison.Ordinal) ? plural.Substring(0, plural.Length - 3) + "y" : plural.Substring(0, plural.Length - 1);
        return Lexicon.OrganizationTypeNouns.Contains(singular) && !singular.Equals("group", System.StringComparison.Ordinal);
    }

    // The chunk and the names listed after it ("A, B, and C").
    private void HintListFrom(NameChunk chunk, IReadOnlyList<NameChunk> chunks, EntityKind kind)
    {
        const int MaxItems = 8;
        var current = chunk;
        for (var items = 0; items < MaxItems; items++)
        {
            if (!NameForms.IsCountryOrDemonym(current.Text))
            {
                Hint(current.Text, kind);
            }

            var tokens = current.Tokens;
            var k = current.Last + 1;
            var separated = false;
            if (k < tokens.Count && tokens[k].IsSymbol(','))
            {
                k++;
                separated = true;
            }

            if (k < tokens.Count && (tokens[k].Is("and") || tokens[k].Is("or")))
            {
                k++;
                separated = true;
            }

            var next = separated ? RoleParser.ChunkStartingAt(chunks, k) : null;
            if (next is null)
            {
                return;
            }

            current = next;
        }
    }

    // "as reported by Nordpress", "quoted by the Lakeside Herald": a publication cited as the source.
    private static bool IsCitedSource(IReadOnlyList<Token> tokens, int first)
    {
        var by = first - 1;
        if (by >= 0 && tokens[by].Is("the"))
        {
            by--;
        }

        return by >= 1 && tokens[by].Is("by") && (tokens[by - 1].Is("reported") || tokens[by - 1].Is("quoted") || tokens[by - 1].Is("published"));
    }

    // "ShipWatch's AIS tracking database shows": a name owning a database or a website is a service, not a person.
    private static bool HasOwnDatabase(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxWordsBeforeNoun = 4;
        if (last + 1 >= tokens.Count || tokens[last + 1].Text is not ("'s" or "'S"))
        {
            return false;
        }

        for (var k = last + 2; k < tokens.Count && k - (last + 2) <= MaxWordsBeforeNoun && tokens[k].IsWord; k++)
        {
            if (tokens[k].Is("database") || tokens[k].Is("website") || tokens[k].Is("app") || tokens[k].Is("platform"))
            {
                return true;
            }
        }

        return false;
    }

    // "shared his experience on Facebook", "posted on Instagram": a platform named after a verb of posting.
    private static bool PostedEarlier(IReadOnlyList<Token> tokens, int on)
    {
        for (var i = on - 1; i >= 0 && i >= on - 6; i--)
        {
            if (tokens[i].IsWord && (tokens[i].Is("posted") || tokens[i].Is("shared") || tokens[i].Is("wrote") || tokens[i].Is("tweeted")
                || tokens[i].Is("published") || tokens[i].Is("uploaded") || tokens[i].Is("streamed") || tokens[i].Is("commented")
                || tokens[i].Is("announced") || tokens[i].Is("reacted") || tokens[i].Is("writes") || tokens[i].Is("posts")))
            {
                return true;
            }

            if (tokens[i].Kind == TokenKind.Symbol)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsFollowedByVerbOrAge(IReadOnlyList<Token> tokens, int last)
    {
        var p = last + 1;
        while (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && (tokens[p].Text.EndsWith("ly", System.StringComparison.Ordinal) || tokens[p].Is("also") || tokens[p].Is("later")))
        {
            p++;
        }

        // "reported" is left out: news outlets report as often as people do.
        if (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && Lexicon.AttributionVerbs.Contains(tokens[p].Text) && !tokens[p].Is("reported") && !tokens[p].Is("reports"))
        {
            return true;
        }

        return p + 2 < tokens.Count && tokens[p].IsSymbol(',') && tokens[p + 1].IsNumber && tokens[p + 1].Text.Length <= 3 && tokens[p + 2].IsSymbol(',');
    }

    // "from Marksville, Louisiana", "at Beaver Falls, Pennsylvania": a name after a place preposition, then
    // a comma and a known region or country.
    private static bool IsFollowedByItsRegion(NameChunk chunk, IReadOnlyList<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == 0 || chunk.Last + 2 >= tokens.Count || !tokens[chunk.Last + 1].IsSymbol(',') || chunk.SpacedWordCount > 3)
        {
            return false;
        }

        var before = tokens[chunk.First - 1];
        if (!IsLower(before) || !(Lexicon.PlacePrepositions.Contains(before.Text) || before.Is("from") || before.Is("at")))
        {
            return false;
        }

        var gazetteer = Gazetteer.PlaceGazetteer.Instance;
        var region = RoleParser.ChunkStartingAt(chunks, chunk.Last + 2);
        return region is not null && gazetteer.TryFind(region.Text, out var place) && place.Kind is Model.PlaceKind.Region or Model.PlaceKind.Country
            && !gazetteer.TryFind(chunk.Text, out _);
    }

    // "in Environmental Science", "in Islam", "in Buddhism": fields, journals and abstract nouns are not places.
    private static bool CanBePlaceName(NameChunk chunk)
    {
        var last = chunk.Tokens[chunk.Last].Text;
        // "in Vice President-elect Ruiz": an office is not a place.
        if (Lexicon.NonPlaceEndings.Contains(last) || Lexicon.NonNameWords.Contains(last) || NameForms.IsAllCaps(last) || Lexicon.TitleWords.Contains(last))
        {
            return false;
        }

        foreach (var suffix in new[] { "ism", "ity", "ogy", "ics", "ment", "tion", "ence", "ance", "ship" })
        {
            if (last.Length > suffix.Length + 2 && last.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // "Taliban spokesperson Zabiullah Mujahid": a name, a lower-case role, then a person's name.
    private static bool IsAffiliationBeforeRole(IReadOnlyList<Token> tokens, int last)
    {
        for (var p = last + 1; p < tokens.Count && p <= last + 3; p++)
        {
            if (!IsLower(tokens[p]))
            {
                return false;
            }

            if (Lexicon.RoleHeads.Contains(tokens[p].Text))
            {
                return p + 1 < tokens.Count && NameChunker.IsNameWord(tokens[p + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[p + 1].Text);
            }

            if (Lexicon.CapitalisedFunctionWords.Contains(tokens[p].Text))
            {
                return false;
            }
        }

        return false;
    }

    // "the Alder, Birch and Cedar districts": every name of the list is a place.
    private void HintListBefore(NameChunk chunk, IReadOnlyList<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        while (k >= 0 && (tokens[k].IsSymbol(',') || tokens[k].Is("and")))
        {
            var j = k - 1;
            if (j >= 0 && tokens[j].IsSymbol(','))
            {
                j--;
            }

            var previous = RoleParser.ChunkEndingAt(chunks, j);
            if (previous is null)
            {
                return;
            }

            Hint(previous.Text, EntityKind.Place);
            k = previous.First - 1;
        }
    }

    private static bool IsLower(Token token) => NameForms.IsLowerWord(token);
}
