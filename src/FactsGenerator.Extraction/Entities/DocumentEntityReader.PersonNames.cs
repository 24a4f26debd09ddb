using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Name boundaries: which runs of tokens can be a person's name.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Months, common words and country names that are also surnames: after a given name they end a person's name ("Theresa May", "Ana Holland").</summary>
    private static readonly string[] WordLikeSurnames = { "May", "March", "April", "June", "August", "Green", "Star", "Storm", "Holland", "Jordan", "England" };

    private bool IsPersonNameSpan(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!NameChunker.IsNameWord(tokens[first]) || !(NameChunker.IsNameWord(tokens[last]) || IsSyllableAfterHyphen(tokens, last)) || last - first > 8
            || IsCountryOrRegionName(tokens, first, last) || ThingsNamedAfterPeople.Contains(tokens[last].Text)
            || (first < last && NameChunker.IsCompassOrRank(tokens[first].Text)) || IsPluralOfficeAcronym(tokens, last, last))
        {
            // ("East Wenatchee", "Upper Dir": a compass point or a rank of a region opens a place's name, no person's.)
            // ("Conservative MPs": members of a chamber, no one's name.)
            return false;
        }

        if (IsFamilyNameBeforeHyphenatedGivenName(tokens, first, last))
        {
            return true;
        }

        // "Ana Luther King Jr": the name before a generational suffix decides (its last word may be a title's).
        if (last - first >= 2 && IsGenerationalSuffix(tokens[last]) && tokens[last].SpaceBefore)
        {
            return IsPersonNameSpan(tokens, first, tokens[last - 1].IsSymbol(',') ? last - 2 : last - 1);
        }

        for (var i = first; i <= last; i++)
        {
            var token = tokens[i];
            if (i == first && i < last && (Lexicon.WordLikeGivenNames.Contains(token.Text) || IsLeadingInitials(tokens, first, last)
                || IsFaithWordGivenName(tokens, first, last) || IsTitledWeekdayGivenName(tokens, first) || IsCountryGivenName(tokens, first, last)))
            {
                continue;
            }

            // "Tan Jun Kai", "Jun Ishikawa": "Jun" inside a longer name is a given name, not June (a date has its number).
            if (token.Text is "Jun" && first < last)
            {
                continue;
            }

            // "Jo St-Onge": an abbreviated "Saint" joined by a hyphen opens a surname.
            if (token.Text is "St" && i < last && tokens[i + 1].IsSymbol('-') && !tokens[i + 1].SpaceBefore)
            {
                continue;
            }

            // "Chan-o-cha": a syllable of a hyphenated name.
            if (i > first && IsSyllableAfterHyphen(tokens, i))
            {
                continue;
            }

            if (i == last && i > first && (IsRegnalNumber(tokens, i) || IsWordLikeSurname(tokens, i) || IsTitleWordSurname(tokens, i) || IsCuedWordSurname(tokens, first, i)))
            {
                continue;
            }

            // "Jo A. Kim", "Jo B. I. Kim": a middle initial may be a letter that is also a word ("A", "I").
            if (i > first && i < last && IsMiddleInitial(tokens, i))
            {
                continue;
            }

            if (token.Is("of") || token.Is("for") || (token.IsWord ? !NameForms.IsPersonNameWord(token) : !(token.IsSymbol('-') || token.IsSymbol('.') || token.IsSymbol('"'))))
            {
                return false;
            }
        }

        return true;
    }

    // "Senator Monday Okonjo", "Governor Friday Adeyemi": right after a title, a weekday before a family name that
    // is no everyday word is a given name (common in Nigeria and Ghana); a date there would need "on" ("on Monday").
    private static bool IsTitledWeekdayGivenName(IReadOnlyList<Token> tokens, int first) =>
        Lexicon.IsWeekdayName(tokens[first].Text) && first >= 1 && first + 1 < tokens.Count
        && (Lexicon.TitleWords.Contains(tokens[first - 1].Text) || Lexicon.Honorifics.Contains(tokens[first - 1].Text))
        && NameChunker.IsNameWord(tokens[first + 1]) && tokens[first + 1].SpaceBefore && !Lexicon.IsMonthOrWeekdayName(tokens[first + 1].Text)
        && NameForms.IsPersonNameWord(tokens[first + 1]) && (Surnames.Contains(tokens[first + 1].Text) || !EnglishWords.IsOrdinaryWord(tokens[first + 1].Text));

    // "Christian Moreau": the faith's adjective is a given name too, before a known family name ("Christian Democratic",
    // "Christian Aid" end in no family name and stay no one's name), and before a middle initial ("Christian B. Orla"),
    // which no body's name has; and right after a lower-case noun for a person or a title ("spokesman Christian Orvel",
    // "Pastor Christian Orvel") before a family name that is no everyday word ("spokesman Christian Aid" is no one).
    private static bool IsFaithWordGivenName(IReadOnlyList<Token> tokens, int first, int last) =>
        tokens[first].Text is "Christian"
        && ((last - first <= 2 && Surnames.Contains(tokens[last].Text)) || (last - first == 3 && IsMiddleInitial(tokens, first + 1) && NameForms.IsPersonNameWord(tokens[last]))
            || (last - first == 1 && IsAfterPersonNounOrTitle(tokens, first) && NameForms.IsPersonNameWord(tokens[last]) && !EnglishWords.IsOrdinaryWord(tokens[last].Text)));

    // Country names that are also given names ("Jordan Okafor", "Israel Mensah", "Georgia Vell").
    private static readonly HashSet<string> CountryGivenNames = Lexicon.Set("Jordan Israel Chad Georgia Kenya India");

    // "Jordan Vell said", "Israel Okafor, 21,": a country that is also a given name opens a two- or three-word name
    // when the family name is a known one or the text cues a person beside the run (a verb of saying, an age, a noun
    // for a person, letters of an honour). The later words must still be name words, which keeps out "Georgia Tech",
    // "Kenya Airways", "Jordan Valley", "Israel Defense Forces" (heads of bodies and places, demonyms). After "of" the
    // country is where an office serves and a full name follows it ("Prime Minister of India Ana Vell"), as it is
    // when the rest of the run opens with a known given name itself. An everyday word no name list knows ends the name
    // of a body ("Georgia Power said"), not a person's.
    private static bool IsCountryGivenName(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!CountryGivenNames.Contains(tokens[first].Text) || last - first < 1 || last - first > 2 || !tokens[first + 1].SpaceBefore
            || (first >= 1 && (tokens[first - 1].Is("of") || tokens[first - 1].Is("Of")))
            || (last - first == 2 && GivenNames.Contains(tokens[first + 1].Text) && !IsMiddleInitial(tokens, first + 1))
            || IsOrdinaryWordNoNameListKnows(tokens[last].Text))
        {
            return false;
        }

        return Surnames.Contains(tokens[last].Text) || IsPersonCueBefore(tokens, first, last) || IsAgedAfter(tokens, last) || IsDescribedAfter(tokens, last)
            || IsPersonCueAfter(tokens, last) || IsUnknownFamilyName(tokens[last].Text);
    }

    // "Israel Farren Kwaghgee": a family name that is no English word and no place may still be a person's; whether
    // the run is one is left to the evidence the people rules ask for (a list with other people, a role, a quote).
    private static bool IsUnknownFamilyName(string word) =>
        !EnglishWords.IsOrdinaryWord(word) && !PlaceGazetteer.Instance.TryFind(word, out _) && !NameForms.IsCountryOrDemonym(word);

    private static bool IsAfterPersonNounOrTitle(IReadOnlyList<Token> tokens, int first) =>
        first >= 1 && (IsPersonNoun(tokens[first - 1]) || Lexicon.TitleWords.Contains(tokens[first - 1].Text));

    // "Park Ji-sung", "Jeon Do-yeon": a short family name, then a given name of two syllables joined by a hyphen with the
    // second in lower case, is the way Korean and Taiwanese names are written in English; the family name may be a word
    // the lists keep from names ("Park", "Hall", "Oh"), since a place's or an office's word takes no such name after it.
    private static bool IsFamilyNameBeforeHyphenatedGivenName(IReadOnlyList<Token> tokens, int first, int last)
    {
        const int MaxSyllableLength = 5;
        if (last - first != 3 || !IsShortCapitalisedWord(tokens[first], MaxSyllableLength) || !IsShortCapitalisedWord(tokens[first + 1], MaxSyllableLength)
            || !tokens[first + 2].IsSymbol('-') || tokens[first + 2].SpaceBefore || !IsSyllableAfterHyphen(tokens, last))
        {
            return false;
        }

        return !Lexicon.TitleWords.Contains(tokens[first].Text) && !Lexicon.Honorifics.Contains(tokens[first].Text) && !NameForms.IsCountryOrDemonym(tokens[first].Text)
            && !EnglishWords.IsOrdinaryWord(tokens[first + 1].Text + "-" + tokens[last].Text);
    }

    // "KM Ana Ruiz", "AKM Jo Kim": South Asian names often open with the initials of further given names, written
    // as two or three capitals without periods before a known given name and a family name. "RK Tandon", "JP Vyas":
    // the initials may stand for all the given names, before the family name alone (whether that is a person's still
    // needs the usual evidence: a known family name, a role, a verb of saying). Letters that stand for a title, a seat,
    // a ship, a place, a university system or a known body ("CEO", "MP", "MV", "US", "UC", "BBC") are no initials.
    private bool IsLeadingInitials(IReadOnlyList<Token> tokens, int first, int last)
    {
        const int MaxInitials = 3;
        var word = tokens[first].Text;
        if (last == first || word.Length < 2 || word.Length > MaxInitials || !NameForms.IsAllCaps(word) || word.IndexOf('.') >= 0
            || !tokens[first + 1].SpaceBefore || !NameForms.IsPersonNameWord(tokens[first + 1]) || NameForms.IsAllCaps(tokens[first + 1].Text))
        {
            return false;
        }

        // (Before a town alone, "KSR Harlow", the letters name a station or a campus, not a person.)
        if (last - first >= 2 ? !GivenNames.Contains(tokens[first + 1].Text)
            : ContextEvidence.IsUniversitySystemInitials(word) || (gazetteer.TryFind(tokens[last].Text, out _) && !Surnames.Contains(tokens[last].Text)))
        {
            return false;
        }

        return !TitleAbbreviations.IsTitle(word) && !ShipPrefixes.Contains(word) && !NameChunker.IsSeatAbbreviation(word)
            && !OrganizationLexicon.Contains(word) && !gazetteer.TryFind(word, out _) && !NameForms.IsCountryOrDemonym(word) && !Lexicon.NonAcronyms.Contains(word)
            && !DefinedAcronyms().ContainsKey(word);
    }

    private static bool IsShortCapitalisedWord(Token token, int maxLength) =>
        token.IsWord && token.Text.Length >= 2 && token.Text.Length <= maxLength && char.IsUpper(token.Text[0]) && !NameForms.IsAllCaps(token.Text);

    // "the Ana Ruiz Telescope", "the Jo Kim Prize", "the Ana Ruiz Act": things named after people end with what they are.
    private static readonly HashSet<string> ThingsNamedAfterPeople = new(System.StringComparer.Ordinal)
    {
        "Telescope", "Observatory", "Prize", "Award", "Medal", "Trophy", "Act", "Amendment", "Doctrine",
    };

    // "the Republican Iowa caucuses", "won Iowa and New Hampshire": a known country, state or province is no
    // one's name, whatever word stands before it (a given name such as "Georgia" or "Virginia" may still be).
    private bool IsCountryOrRegionName(IReadOnlyList<Token> tokens, int first, int last) =>
        !GivenNames.Contains(tokens[first].Text)
        && gazetteer.TryFind(AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[last].End), out var place)
        && place.Kind is PlaceKind.Country or PlaceKind.Region;

    private static bool IsSyllableAfterHyphen(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && tokens[index - 1].IsSymbol('-') && !tokens[index - 1].SpaceBefore && NameChunker.IsHyphenatedSyllable(tokens[index]);

    // A single capital followed by its period inside a name.
    private static bool IsMiddleInitial(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].IsWord && tokens[index].Text.Length == 1 && char.IsUpper(tokens[index].Text[0])
        && index + 1 < tokens.Count && tokens[index + 1].IsSymbol('.') && !tokens[index + 1].SpaceBefore;

    // "Elizabeth II", "Benedict XVI": a Roman numeral after a name counts the monarchs or popes of that name.
    private static bool IsRegnalNumber(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].SpaceBefore && NameForms.IsRomanNumeral(tokens[index].Text) && tokens[index - 1].IsWord && NameForms.IsPersonNameWord(tokens[index - 1])
        && !NameForms.IsAllCaps(tokens[index - 1].Text);

    // "Theresa May", "Brian March", "Eva Green": a surname that is also a month or a common word ends a name right
    // after a given name (but "Christmas May 5" is a date).
    private static bool IsWordLikeSurname(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Text;
        return System.Array.IndexOf(WordLikeSurnames, word) >= 0 && FollowsLoneGivenName(tokens, index)
            && !(index + 1 < tokens.Count && tokens[index + 1].IsNumber);
    }

    // "said Tom Bridge", "Judge Rosa Hill QC said", "striker Ana Park, 24,": a family name that is also a word of places
    // or of grammar ("Hall", "Bridge", "How") ends the name of a person after a lone given name when the text cues a
    // person right beside the two words: a verb of saying, an age between commas, letters of an honour, or a title or a
    // noun for a person or an honorific straight before. Without a cue such a run stays a place's or a building's name.
    private static bool IsCuedWordSurname(IReadOnlyList<Token> tokens, int first, int index)
    {
        var word = tokens[index].Text;
        if (!(index == first + 1 || IsHyphenatedGivenName(tokens, first, index - 1)) || !FollowsLoneGivenName(tokens, index) || !char.IsUpper(word[0]) || NameForms.IsAllCaps(word) || Lexicon.IsMonthOrWeekdayName(word)
            || NameForms.IsCountryOrDemonym(word) || Lexicon.Honorifics.Contains(word) || Lexicon.TitleWords.Contains(word))
        {
            return false;
        }

        return !OpensOfficeAndName(tokens, index)
            && (IsPersonCueBefore(tokens, first, index) || IsAgedAfter(tokens, index) || IsDescribedAfter(tokens, index)
                || (IsPersonCueAfter(tokens, index) && !ContinuesLongerName(tokens, first)));
    }

    // "said Garvin County Sheriff Ana Ruiz": before a capitalised office and a name the two words are the place or the
    // body the office serves, not a person (a county is often named after one: "Marion", "Garvin", "Warren").
    private static bool OpensOfficeAndName(IReadOnlyList<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].SpaceBefore && Lexicon.TitleWords.Contains(tokens[last + 1].Text) && NameChunker.IsNameWord(tokens[last + 2]);

    // "Jean-Paul", "Anna-Maria": two given names joined by a hyphen without spaces are one given name.
    private static bool IsHyphenatedGivenName(IReadOnlyList<Token> tokens, int first, int last) =>
        last == first + 2 && tokens[first + 1].IsSymbol('-') && !tokens[first + 1].SpaceBefore && !tokens[last].SpaceBefore
        && GivenNames.Contains(tokens[first].Text) && NameForms.IsPersonNameWord(tokens[first]);

    // "Tom Town, a carpenter from Velm,": an apposition with an article whose head is a noun for a person describes
    // only a person (a hall or a market is "a venue", "the landmark").
    private static bool IsDescribedAfter(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxWordsBeforeHead = 3;
        if (last + 3 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !tokens[last + 2].IsArticle)
        {
            return false;
        }

        for (var k = last + 3; k < tokens.Count && k <= last + 2 + MaxWordsBeforeHead && NameForms.IsLowerWord(tokens[k]); k++)
        {
            if (RoleParser.IsPersonNoun(tokens[k].Text) || Lexicon.RoleHeads.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "the Queen Ana Market said": after a capitalised title or another name word the two are the end of a longer name
    // (a capitalised noun for a person, "Driver Tom Bridge said", only describes them).
    private static bool ContinuesLongerName(IReadOnlyList<Token> tokens, int first)
    {
        if (first < 1 || !tokens[first - 1].IsWord || !char.IsUpper(tokens[first - 1].Text[0]))
        {
            return false;
        }

        var before = tokens[first - 1].Text;
        return Lexicon.TitleWords.Contains(before) || Lexicon.Honorifics.Contains(before) || !RoleParser.IsPersonNoun(before.ToLowerInvariant());
    }

    // Verbs whose object is a person and never a place ("officers detained Tom Hill", "the club hired Ana Town").
    private static readonly HashSet<string> PersonObjectVerbs = Lexicon.Set(
        "arrested detained questioned interrogated charged indicted arraigned acquitted convicted sentenced jailed fined "
        + "extradited deported handcuffed interviewed hired sacked appointed kidnapped abducted stabbed");

    private static bool IsPersonCueBefore(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first < 1 || !tokens[first - 1].IsWord)
        {
            return false;
        }

        var before = tokens[first - 1];
        return NameForms.IsLowerWord(before)
            ? Lexicon.AttributionVerbs.Contains(before.Text) || RoleParser.IsPersonNoun(before.Text) || Lexicon.RoleHeads.Contains(before.Text)
                || PersonObjectVerbs.Contains(before.Text)
            : PlainHonorifics.Contains(before.Text) || IsCapitalisedOpeningPersonNoun(tokens, first - 1)
                || (Lexicon.TitleWords.Contains(before.Text) && !Lexicon.PlaceHeads.Contains(tokens[last].Text) && !Lexicon.OrganizationHeads.Contains(tokens[last].Text)
                    && !Lexicon.NonNameWords.Contains(tokens[last].Text) && !Lexicon.EventWords.Contains(tokens[last].Text));
    }

    // "Carpenter Tom Town received": a noun for a person that opens the sentence is only capitalised for being first.
    // A title is left to the title's own test ("Queen Ana Market", "Prince Jo Bridge" open names of places).
    private static bool IsCapitalisedOpeningPersonNoun(IReadOnlyList<Token> tokens, int index)
    {
        if (index != 0 || Lexicon.TitleWords.Contains(tokens[index].Text) || Lexicon.Honorifics.Contains(tokens[index].Text))
        {
            return false;
        }

        var lower = tokens[index].Text.ToLowerInvariant();
        return RoleParser.IsPersonNoun(lower) || Lexicon.RoleHeads.Contains(lower);
    }

    // (A capitalised office or a title of nobility opens the names of buildings and markets too, "Queen Ana Market",
    // "Lady Jo Hall", so before a word of places, bodies or events only a plain honorific counts.)
    private static readonly HashSet<string> PlainHonorifics = new(System.StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor" };

    private static bool IsPersonCueAfter(IReadOnlyList<Token> tokens, int last)
    {
        var next = last + 1;
        if (next >= tokens.Count)
        {
            return false;
        }

        return (NameForms.IsLowerWord(tokens[next]) && Lexicon.AttributionVerbs.Contains(tokens[next].Text)) || NameChunker.IsPostNominal(tokens, next);
    }

    // "Tom Bridge, 45,": an age between commas only follows a person's name.
    private static bool IsAgedAfter(IReadOnlyList<Token> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].IsSymbol(',') && tokens[last + 2].IsNumber && tokens[last + 3].IsSymbol(',');

    // The word at index is written apart from a given name right before it ("Theresa May", "Ana Mayor").
    private static bool FollowsLoneGivenName(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].SpaceBefore && GivenNames.Contains(tokens[index - 1].Text) && NameForms.IsPersonNameWord(tokens[index - 1]);

    // "Ana Mayor", "Tom Judge": an office word goes before a name, not after a lone given name, so there it is a family
    // name; when another name word follows ("Ana Mayor Vell") it is a title, and after a place that is also a given
    // name ("Victoria Premier", "Houston Mayor") it is the place's office, as it is after an article or a word of
    // tenure ("the former Victoria Premier").
    private bool IsTitleWordSurname(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && Lexicon.TitleWords.Contains(tokens[index].Text) && FollowsLoneGivenName(tokens, index) && !IsArticleOrTenureWord(tokens, index - 2)
        && !gazetteer.TryFind(tokens[index - 1].Text, out _)
        && !(index + 1 < tokens.Count && ((NameChunker.IsNameWord(tokens[index + 1]) && !IsGenerationalSuffix(tokens[index + 1])) || tokens[index + 1].IsNumber || tokens[index + 1].Text is "'s" or "’s"));

    // "Jr", "Sr": a suffix follows a family name, never a title ("Ana Luther King Jr." ends in the family name King).
    private static bool IsGenerationalSuffix(Token token) => IsGenerationalSuffix(token.Text);

    private static bool IsGenerationalSuffix(string word) => word is "Jr" or "Sr";

    private static bool IsArticleOrTenureWord(IReadOnlyList<Token> tokens, int index) =>
        index >= 0 && NameForms.IsLowerWord(tokens[index]) && (tokens[index].Is("the") || tokens[index].Is("a") || tokens[index].Is("an") || tokens[index].Is("then")
            || RoleParser.TenureWords.Contains(tokens[index].Text));
}
