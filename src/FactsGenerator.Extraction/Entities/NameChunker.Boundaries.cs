using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Where a name ends: particles, hyphens, initials, and "and" or commas inside the name of a body.</summary>
internal static partial class NameChunker
{
    // Returns the last token index of the extension starting at j, or -1 when the run ends before j.
    private static int ExtendFrom(IReadOnlyList<Token> tokens, int first, int j)
    {
        var token = tokens[j];
        if (IsNameWord(token) && token.SpaceBefore)
        {
            return j;
        }

        // "BBC Radio 4", "Channel 4 News": a station's number after "Radio" or "Channel" is part of its name.
        if (IsStationNumber(tokens, j))
        {
            return j;
        }

        // "Alachua Sheriff's Office", "Fishmongers' Hall": a possessive inside the name of a body or a building
        // (but in "Lakeside University's Marine Institute" a named body owns another, and in "Velmoria's Centers
        // for Trade" a country owns it; but the people of a plural possessive, "the Harbour Council Workers' Forum",
        // are its members, not a body owning it, whatever word names their body; "the House of Representatives' Committee",
        // "Arden Technology Partners' programme": an office-holder's plural or a firm's ending closes a body that owns).
        var members = token.IsSymbol('\'') && IsMembersPlural(tokens[j - 1].Text);
        if ((token.Text is "'s" || token.IsSymbol('\'')) && !token.SpaceBefore && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && (!ContainsOrganizationHead(tokens, first, j - 1) || members) && !IsKnownCountry(tokens, first, j - 1)
            && (Lexicon.OrganizationHeads.Contains(tokens[j + 1].Text) || Lexicon.PlaceHeads.Contains(tokens[j + 1].Text) || members)
            && (j + 2 >= tokens.Count || !IsNameWord(tokens[j + 2]) || !tokens[j + 2].SpaceBefore))
        {
            return j + 1;
        }

        // "Hawke's Bay", "Cox's Bazar": a possessive inside a place's name the gazetteer knows whole is no owner.
        if (token.Text is "'s" && !token.SpaceBefore && j + 1 < tokens.Count && IsNameWord(tokens[j + 1]) && tokens[j + 1].SpaceBefore
            && IsGazetteerPossessivePlace(tokens, first, j))
        {
            return j + 1;
        }

        // "the Harbour People's Army", "Children's Fund": the possessive of a plural noun for people is no owner that a
        // name could stop at (no person or place is called "People"), so the name goes on through it.
        if ((token.Text is "'s" || token.IsSymbol('\'')) && !token.SpaceBefore && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && tokens[j + 1].SpaceBefore && GroupNouns.Contains(tokens[j - 1].Text))
        {
            return j + 1;
        }

        // "the Ghana Employers' Advisory Association", "the Velmoria Farmers' Cooperative Union": the plural possessive
        // of a noun for people, with a body's head word a few name words on, is part of the body's name, not its owner
        // (but in "the House of Representatives' Committee on Ways and Means" a named body owns another).
        if (token.IsSymbol('\'') && !token.SpaceBefore && IsPluralPersonNounWord(tokens[j - 1].Text) && j + 1 < tokens.Count
            && !ContainsOrganizationHead(tokens, first, j - 1)
            && IsNameWord(tokens[j + 1]) && tokens[j + 1].SpaceBefore && OrganizationHeadWithin(tokens, j + 1, 3))
        {
            return j + 1;
        }

        // "St. Velm's Episcopal Church": a church or a school named for a saint may put a word of its kind before the head.
        if (token.Text is "'s" && !token.SpaceBefore && tokens[first].Text is "St" or "Saint" && j + 2 < tokens.Count && IsNameWord(tokens[j + 1])
            && IsNameWord(tokens[j + 2]) && tokens[j + 2].SpaceBefore && Lexicon.PlaceHeads.Contains(tokens[j + 2].Text)
            && (j + 3 >= tokens.Count || !IsNameWord(tokens[j + 3]) || !tokens[j + 3].SpaceBefore))
        {
            return j + 1;
        }

        // "Guinea-Bissau", "France-Presse": a hyphen without spaces before a capitalised word.
        if (token.IsSymbol('-') && !token.SpaceBefore && j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore && IsNameWord(tokens[j + 1]))
        {
            return j + 1;
        }

        // "South-east Velmoria", "the North-west": a capitalised compass point glued to a lower-case one is one
        // compass word, so the run goes on to the place it qualifies.
        if (IsHyphenedCompassAt(tokens, j))
        {
            return j + 1;
        }

        // "Security and Co-operation in Europe", "Gulf Co-operation Council": a capitalised prefix glued by a hyphen to a
        // lower-case word is one word of the name, not its end; only inside a name or after its "and", so "Anti-war
        // protesters" opens none.
        if (token.IsSymbol('-') && !token.SpaceBefore && (j - 1 > first || (first >= 1 && tokens[first - 1].Is("and"))) && HyphenPrefixes.Contains(tokens[j - 1].Text) && j + 1 < tokens.Count
            && !tokens[j + 1].SpaceBefore && NameForms.IsLowerWord(tokens[j + 1]))
        {
            return j + 1;
        }

        // "AT&T", "Harlow&Finch": an ampersand written without spaces joins the two halves of one name.
        if (token.IsSymbol('&') && !token.SpaceBefore && j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore && IsNameWord(tokens[j + 1]) && IsNameWord(tokens[j - 1]))
        {
            return j + 1;
        }

        // "Prayut Chan-o-cha", "Kim Jong-un": lower-case syllables joined by hyphens to a surname or given name
        // that is not the first word ("Vice President-elect", "Ana Ruiz-led" are not names).
        if (token.IsSymbol('-') && !token.SpaceBefore && j - 1 > first && j + 1 < tokens.Count && IsHyphenatedSyllable(tokens[j + 1])
            && !(j + 2 < tokens.Count && tokens[j + 2].IsSymbol('-') && !tokens[j + 2].SpaceBefore && !IsHyphenatedSyllableOrName(tokens, j + 3)))
        {
            return j + 1;
        }

        // "Lashkar-e-Taiba", "Tehrik-i-Taliban", "Jamaat-ud-Dawa": the Persian and Urdu link ("-e-", "-i-", "-ul-" ...)
        // between two capitalised words makes one word of a name, also when it follows the name's first word, which the
        // syllable rule above leaves alone (so parties and armed groups of South Asia are read whole).
        if (IsIzafaLinkAt(tokens, j))
        {
            return j + 3;
        }

        // "Tarsk-gu", "Orra-ku": a lower-case East Asian word for a district or ward, glued by a hyphen to a one-word
        // place's name, is part of that name.
        if (IsDistrictSuffixAt(tokens, first, j))
        {
            return j + 1;
        }

        // "George W. Bush", "Dr. Haines": the period of an initial or of an abbreviated title; "St. Velm", "Mt. Orra":
        // of the saint or the kind of place that opens a place's name.
        if (IsStopInsideName(tokens, j, first))
        {
            return j + 1;
        }

        // "the Velmorian Embassy in Ostravel": a mission is named with the city it is in.
        if (token.Is("in") && tokens[j - 1].IsWord && Lexicon.DiplomaticMissions.Contains(tokens[j - 1].Text) && char.IsUpper(tokens[j - 1].Text[0]) && j - 1 > first
            && j + 1 < tokens.Count && IsNameWord(tokens[j + 1]) && !IsCalendarWord(tokens[j + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[j + 1].Text))
        {
            return j + 1;
        }

        // "Organization for Security and Co-operation in Europe": a body for co-operation names the region it works in.
        if (token.Is("in") && (j - 1 > first || (first >= 1 && tokens[first - 1].Is("and"))) && IsCooperationWord(tokens, j - 1) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && !IsCalendarWord(tokens[j + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[j + 1].Text))
        {
            return j + 1;
        }

        // "Commission on Presidential Debates": "on" after an organisation word (but "told the Agency on March 3"
        // dates what was said to it).
        if (token.Is("on") && tokens[j - 1].IsWord && Lexicon.OrganizationHeads.Contains(tokens[j - 1].Text) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && !IsCalendarWord(tokens[j + 1]))
        {
            return j + 1;
        }

        // "Committee to Protect Reporters", "Coalition to End Hunger": "to" and a capitalised verb after a head that
        // takes a purpose (but "sent the Commission to New Harbour" names where it went).
        if (token.Is("to") && tokens[j - 1].IsWord && PurposeHeads.Contains(tokens[j - 1].Text) && j + 2 < tokens.Count
            && IsNameWord(tokens[j + 1]) && IsNameWord(tokens[j + 2]) && !IsCalendarWord(tokens[j + 1])
            && !IsKnownPlace(tokens, j + 1, j + 1) && !IsKnownPlace(tokens, j + 1, j + 2) && !Gazetteer.GivenNames.Contains(tokens[j + 1].Text))
        {
            return j + 1;
        }

        // Particles: "Luis de la Fuente", "Bank of England", "Bashar al-Assad" (but "ran in Ohio for the Velmoria
        // Party": "for" after a known place starts what the place is for).
        if (token.IsWord && Lexicon.NameConnectors.Contains(token.Text) && !char.IsUpper(token.Text[0]) && !token.Is("the")
            && !(token.Is("for") && (IsKnownPlace(tokens, first, j - 1) || IsRunFor(tokens, first, j))))
        {
            var k = j;
            while (k < tokens.Count && tokens[k].IsWord && Lexicon.NameConnectors.Contains(tokens[k].Text) && !char.IsUpper(tokens[k].Text[0]) && k - j < 2)
            {
                k++;
            }

            if (k < tokens.Count && tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore && k + 1 < tokens.Count && IsNameWord(tokens[k + 1]))
            {
                return k + 1;
            }

            if (k < tokens.Count && IsNameWord(tokens[k]) && tokens[k].Text != "I")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Networks whose local stations go by the network and their channel number ("CBS 17", "FOX 5").</summary>
    private static readonly HashSet<string> BroadcastNetworks = new(System.StringComparer.Ordinal) { "ABC", "CBS", "NBC", "FOX", "Fox", "CW", "PBS" };

    // ("CBS 17 News" is the station's newscast; before another name word, "CBS 60 Minutes", the number opens a show's title.)
    private static bool IsStationNumber(IReadOnlyList<Token> tokens, int j) =>
        j >= 1 && tokens[j].IsNumber && tokens[j].SpaceBefore && tokens[j].Text.Length <= 2 && IsDigits(tokens[j].Text)
        && (tokens[j - 1].Text is "Radio" or "Channel"
            || (BroadcastNetworks.Contains(tokens[j - 1].Text) && !(j + 1 < tokens.Count && IsNameWord(tokens[j + 1]) && tokens[j + 1].Text != "News")))
        && !(j + 1 < tokens.Count && (tokens[j + 1].IsSymbol('%') || tokens[j + 1].IsSymbol('.') && j + 2 < tokens.Count && tokens[j + 2].IsNumber
            || (NameForms.IsLowerWord(tokens[j + 1]) && !tokens[j + 1].SpaceBefore)));

    // "Employers", "Farmers", "Teachers": a plural noun for people, whose possessive may stand inside a body's name.
    private static bool IsPluralPersonNounWord(string word) =>
        word.Length > 4 && word[word.Length - 1] == 's' && Quantities.PersonNounList.Contains(word);

    // A body's head word among the next few name words from start ("Consultative Association").
    private static bool OrganizationHeadWithin(IReadOnlyList<Token> tokens, int start, int maxWords)
    {
        for (var k = start; k < tokens.Count && k < start + maxWords && IsNameWord(tokens[k]); k++)
        {
            if (Lexicon.OrganizationHeads.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalised plural nouns for people that are never a name of their own ("People's", "Women's").</summary>
    private static readonly HashSet<string> GroupNouns = new(System.StringComparer.Ordinal) { "People", "Women", "Men", "Children" };

    // "Office for Trade, Science and Culture Policy": a comma list inside an organisation's name, whose last item
    // ends in the head word. Returns the last name word before the final "and" (ExtendOverAnd takes the rest).
    // (but "the Velmoria Police, Ostravel and Arden" lists places after a complete name).
    private static int ExtendOverList(IReadOnlyList<Token> tokens, int first, int last)
    {
        const int MaxItems = 4;
        if (!ContainsOrganizationHead(tokens, first, last) || Lexicon.OrganizationHeads.Contains(tokens[last].Text))
        {
            return last;
        }

        var p = last + 1;
        var end = last;
        for (var items = 0; items < MaxItems && p + 1 < tokens.Count && tokens[p].IsSymbol(',') && IsNameWord(tokens[p + 1]); items++)
        {
            var k = p + 1;
            while (k + 1 < tokens.Count && IsNameWord(tokens[k + 1]) && tokens[k + 1].SpaceBefore)
            {
                k++;
            }

            if (k == p + 1 && Gazetteer.PlaceGazetteer.Instance.TryFind(tokens[k].Text, out _))
            {
                return last;
            }

            end = k;
            p = k + 1;
        }

        if (end == last || p + 1 >= tokens.Count || !tokens[p].Is("and") || !IsNameWord(tokens[p + 1]))
        {
            return last;
        }

        var close = p + 1;
        while (close + 1 < tokens.Count && IsNameWord(tokens[close + 1]) && tokens[close + 1].SpaceBefore)
        {
            close++;
        }

        var firstHasOf = false;
        for (var k = first; k <= last; k++)
        {
            firstHasOf |= tokens[k].Is("of") || tokens[k].Is("for");
        }

        return Lexicon.OrganizationHeads.Contains(tokens[close].Text) || (firstHasOf && close - p <= 2) ? end : last;
    }

    // The longest run of tokens looked up whole in the organisation lexicon ("U.S. Customs and Border Protection").
    private const int MaxLexiconNameTokens = 12;

    // "House Oversight and Reform Committee", "Ministry of Oil and Gas": "and" inside an organisation's name.
    private static int ExtendOverAnd(IReadOnlyList<Token> tokens, int first, int last)
    {
        var and = last + 1;
        if (and + 1 >= tokens.Count || !(tokens[and].Is("and") || tokens[and].IsSymbol('&')) || !IsNameWord(tokens[and + 1]))
        {
            return last;
        }

        // "in The Velm Herald and The Arden Post": a capitalised "The" after "and" opens a second name of its own;
        // "the Labour and Green Party members": two party adjectives share the head, so they name two parties.
        if (tokens[and + 1].Text is "The" || (Lexicon.PartyAdjectives.Contains(tokens[last].Text) && Lexicon.PartyAdjectives.Contains(tokens[and + 1].Text)))
        {
            return last;
        }

        // "Dana Melk of NASA and Ivo Pern of the Orrex Agency": a person with an affiliation after "and" is no part of a name.
        if (tokens[and].Is("and") && OpensAffiliatedPerson(tokens, and + 1))
        {
            return last;
        }

        var end = and + 1;
        while (end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        // "U.S. Customs and Border Protection": a known body's name runs over its "and" though it ends in no head word.
        if (end - first <= MaxLexiconNameTokens && Gazetteer.OrganizationLexicon.Contains(TokenText.Of(tokens, first, end)))
        {
            return end;
        }

        // "published in Soil Science and Technology": a publication's title of several words runs over "and" to the
        // end of its capitalised words (two one-word titles, "in Nature and Science", are two publications).
        if (last > first && IsPublicationTitleStart(tokens, first))
        {
            return end;
        }

        // "Rock and Roll Hall of Fame": the second part may have its own particles; it ends at its last head word
        // ("the Peace and Freedom Party of Velmoria").
        var headEnd = -1;
        var walkEnd = and + 1;
        for (var k = and + 1; k >= 0; k = k + 1 < tokens.Count ? ExtendFrom(tokens, and + 1, k + 1) : -1)
        {
            walkEnd = k;
            // "Harrow Gas and Electric": a business word ending the second part closes the name too.
            if (Lexicon.IsBodyOrCompanyWord(tokens[k].Text))
            {
                headEnd = k;
            }
        }

        // "Harlow & Finch Strategies": a spaced ampersand after one capitalised word joins the partners of one firm's
        // name (but "Ana, Jo & Kim" lists people by their given names).
        if (tokens[and].IsSymbol('&') && first == last && !Gazetteer.GivenNames.Contains(tokens[last].Text))
        {
            return walkEnd;
        }

        // "Northfield Light & Power", "Arden Gas & Electric": a spaced ampersand after several capitalised words joins
        // one firm's name as well, since running prose writes "and" between two names (but "Ana Ruiz & Jo Kim" pairs
        // two people, a given name after the ampersand opens a person's name, and a building's head keeps its own rule
        // below).
        if (IsAmpersandInsideLongName(tokens, first, last, and, walkEnd))
        {
            return walkEnd;
        }

        // "Kestrel Lodge & Tavern", "the Orra Hotel & Spa": a spaced ampersand after a building's head joins one more
        // word of the same building's name.
        if (tokens[and].IsSymbol('&') && last > first && end == and + 1 && IsBuildingHead(tokens[last].Text)
            && !IsCompassOrRank(tokens[last].Text))
        {
            return end;
        }

        // "Greenpeace and Velm Relief International": a well-known body named in one word is complete, so a second part
        // of several words with its own head word is another body in the list (but a firm's name that may be a place's
        // opens one police force's area with a place after "and": "Avon and Somerset Police").
        if (first == last && headEnd > and + 1 && Gazetteer.OrganizationLexicon.Contains(tokens[first].Text)
            && !Lexicon.OrganizationHeads.Contains(tokens[first].Text) && !IsKnownPlace(tokens, first, first) && !IsKnownPlace(tokens, and + 1, and + 1))
        {
            return last;
        }

        // "Kestrel Labs and Orra Networks": a first part that already ends in a company's ending is a whole firm, and a
        // second part of several words with its own ending is another (but "Harrow Gas and Electric Company" carries
        // on with a business word, and "Harrow Gas and Electric" adds a single word).
        if (last > first && Lexicon.CompanyEndings.Contains(tokens[last].Text) && headEnd > and + 1
            && !Lexicon.IsBodyOrCompanyWord(tokens[and + 1].Text))
        {
            return last;
        }

        var firstHasHead = false;
        var lastOf = -1;
        for (var k = first; k <= last; k++)
        {
            firstHasHead |= Lexicon.OrganizationHeads.Contains(tokens[k].Text);

            // "Committee on Roads and Bridges": "on" after a head names the body's field, as "of" does.
            lastOf = tokens[k].Is("of") || tokens[k].Is("for") || (tokens[k].Is("on") && k > first && Lexicon.OrganizationHeads.Contains(tokens[k - 1].Text)) ? k : lastOf;
        }

        var firstHasOf = lastOf >= 0;

        // "the AP and NBC News": an acronym is a complete name, so "and" lists two bodies.
        var firstIsAcronym = first == last && NameForms.IsAllCaps(tokens[first].Text);
        // "University of Lakeside and Centre for Reefs", "Institute of Arden and Ana Ruiz of ...": a first part
        // complete with its head and "of" only takes a short last item ("Ministry of Oil and Gas").
        var firstIsComplete = firstHasHead && firstHasOf;
        // "Command and Control Centre": a lone head word that names no body alone is the first half of one name (but
        // "Army and Navy" and "the Senate and Assembly Committee" join bodies that are named alone).
        var firstIsBareHead = first == last && Lexicon.OrganizationHeads.Contains(tokens[first].Text) && !Lexicon.StandaloneInstitutions.Contains(tokens[first].Text)
            && headEnd > and + 1;
        if (headEnd >= end && (!Lexicon.OrganizationHeads.Contains(tokens[last].Text) || firstIsBareHead) && !firstIsAcronym && !firstIsComplete)
        {
            return headEnd;
        }

        // "the Arden Test and Training Range": a place head after "and" closes a site whose first part is no name on
        // its own (but "Oslo and Frogner Park" lists two places, and "Frogner Park and Slottsparken Park" two sites).
        if (walkEnd == end && end > and + 1 && last > first && Lexicon.PlaceHeads.Contains(tokens[end].Text) && !Lexicon.PlaceHeads.Contains(tokens[last].Text)
            && !Lexicon.OrganizationHeads.Contains(tokens[last].Text) && !IsCompassOrRank(tokens[end].Text) && !IsKnownPlace(tokens, first, last) && !firstIsAcronym
            && !AreTwoPersonNames(tokens, first, last, and, end))
        {
            return end;
        }

        // "Organization for Security and Co-operation in Europe": the second part, a co-operation glued by its hyphen and
        // the region it is in, ends the body's name.
        if (firstIsComplete && walkEnd > and + 1 && (IsCooperationWord(tokens, and + 1) || IsCooperationWord(tokens, System.Math.Min(and + 3, walkEnd))))
        {
            return walkEnd;
        }

        // "Department of Health and Human Services", "High Court of Velmoria and Arden" (but "University of Lakeside
        // and Arden University": a place after "of" completes the first name unless another place follows "and"; and
        // "the Office of Water Services and VWA": a lone acronym after "and" is a second body, as one before it is).
        // ("the Department of Labour and Harbour Safety and Health Administration": words after "and" that go on over a
        // second "and" to a head word of their own open the second body's name, not the end of the first's.)
        var secondIsAcronym = end == and + 1 && NameForms.IsAllCaps(tokens[end].Text);
        if (firstIsComplete && end - and <= 2 && walkEnd == end && lastOf < last && !secondIsAcronym && !OpensHeadedNameOverAnd(tokens, end)
            && (!IsKnownPlace(tokens, tokens[lastOf + 1].Is("the") ? lastOf + 2 : lastOf + 1, last) || IsKnownPlace(tokens, and + 1, end)))
        {
            return end;
        }

        return last;
    }

    // "Reporters", "Workers": people of a trade in the plural, neither office-holders ("Representatives") nor a firm's
    // ending ("Partners").
    private static bool IsMembersPlural(string word) =>
        IsPluralPersonNoun(word) && !Lexicon.TitleWords.Contains(word.Substring(0, word.Length - 1)) && !Lexicon.CompanyEndings.Contains(word);

    // The words ending at last go on over "and" to a run of capitalised words that ends in a body's head word.
    private static bool OpensHeadedNameOverAnd(IReadOnlyList<Token> tokens, int last)
    {
        var and = last + 1;
        if (and + 1 >= tokens.Count || !tokens[and].Is("and") || !IsNameWord(tokens[and + 1]) || !tokens[and + 1].SpaceBefore)
        {
            return false;
        }

        var end = and + 1;
        while (end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        return Lexicon.OrganizationHeads.Contains(tokens[end].Text);
    }

    // "Northfield Light & Power": a spaced ampersand after several capitalised words, none a building's head nor a given name.
    private static bool IsAmpersandInsideLongName(IReadOnlyList<Token> tokens, int first, int last, int and, int walkEnd) =>
        tokens[and].IsSymbol('&') && tokens[and].SpaceBefore && last > first && walkEnd > and
        && !IsBuildingHead(tokens[last].Text) && !Gazetteer.GivenNames.Contains(tokens[and + 1].Text)
        && !Gazetteer.GivenNames.Contains(tokens[first].Text);

    // "Tom Hale and Zed Park": a given name opening each part makes two people, the second with a family name that is
    // also a place head ("Park", "Hill"), not one site.
    private static bool AreTwoPersonNames(IReadOnlyList<Token> tokens, int first, int last, int and, int end) =>
        end == and + 2 && last - first is 1 or 2 && Gazetteer.GivenNames.Contains(tokens[first].Text) && Gazetteer.GivenNames.Contains(tokens[and + 1].Text)
        && !IsKnownPlace(tokens, first, last) && !IsKnownPlace(tokens, and + 1, end);

    private static bool IsPublicationTitleStart(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Is("the"))
        {
            k--;
        }

        return k >= 1 && ContextEvidence.IsPublishedIn(tokens, k);
    }

    // "Washington, D.C.": the district is part of the city's name, not a second name.
    private static int ExtendOverDistrictOfColumbia(IReadOnlyList<Token> tokens, int last)
    {
        if (!tokens[last].Is("Washington"))
        {
            return last;
        }

        var p = last + 1;
        if (p < tokens.Count && tokens[p].IsSymbol(','))
        {
            p++;
        }

        return p < tokens.Count && tokens[p].IsWord && IsDistrictOfColumbia(tokens[p].Text) ? p : last;
    }

    // "Cooperation", or "operation" glued by a hyphen to "Co".
    private static bool IsCooperationWord(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text is "Cooperation"
        || (tokens[index].Text is "operation" && index >= 2 && tokens[index - 1].IsSymbol('-') && tokens[index - 2].Text is "Co");

    private static bool IsHyphenatedSyllableOrName(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && !tokens[index].SpaceBefore && (IsHyphenatedSyllable(tokens[index]) || IsNameWord(tokens[index]));

    // "a ticket of Ana Ruiz for President": the office someone runs for is not part of their name (but in
    // "Minister for Foreign Affairs" the office owns it).
    private static bool IsRunFor(IReadOnlyList<Token> tokens, int first, int forIndex)
    {
        var k = forIndex + 1;
        if (k < tokens.Count && Lexicon.TitleModifiers.Contains(tokens[k].Text) && !Lexicon.TitleWords.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k >= tokens.Count || !Lexicon.TitleWords.Contains(tokens[k].Text))
        {
            return false;
        }

        for (var i = first; i < forIndex; i++)
        {
            if (Lexicon.TitleWords.Contains(tokens[i].Text) || Lexicon.OrganizationHeads.Contains(tokens[i].Text) || Lexicon.TitleModifiers.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "East", "Upper": a compass or rank word, also a surname ("Kanye West"), so it ends a place name only in context.
    internal static bool IsCompassOrRank(string word) => word is "East" or "West" or "North" or "South" or "Central" or "Upper" or "Lower";

    // The words from the run's start to the possessive at j, the possessive and the word after it make a known place.
    private static bool IsGazetteerPossessivePlace(IReadOnlyList<Token> tokens, int first, int j) =>
        Gazetteer.PlaceGazetteer.Instance.TryFind(JoinWords(tokens, first, j - 1) + "'s " + tokens[j + 1].Text, out _);

    private static bool IsKnownCountry(IReadOnlyList<Token> tokens, int first, int last) =>
        Gazetteer.PlaceGazetteer.Instance.TryFind(JoinWords(tokens, first, last), out var place) && place.Kind == Model.PlaceKind.Country;

    private static string JoinWords(IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Text;
        }

        return string.Join(" ", words);
    }

    private static readonly HashSet<string> PurposeHeads = new(System.StringComparer.Ordinal)
    {
        "Committee", "Coalition", "Alliance", "Movement", "Fund", "Foundation", "Council", "Commission", "Association",
        "Society", "League", "Network", "Front", "Union", "Campaign", "Partnership", "Initiative",
    };

    private static bool IsKnownPlace(IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Text;
        }

        return Gazetteer.PlaceGazetteer.Instance.TryFind(string.Join(" ", words), out _);
    }

    private static bool ContainsOrganizationHead(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.OrganizationHeads.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="j"/> is the stop of an initial or an abbreviated title inside a name
    /// that opens at <paramref name="first"/> ("George W. Bush", "Dr. Haines", "Lt. Gov. X"), or of a saint or a mount
    /// opening it ("St. Velm", "Mt. Orra").</summary>
    internal static bool IsStopInsideName(IReadOnlyList<Token> tokens, int j, int first)
    {
        if (!IsStopBeforeNameWord(tokens, j))
        {
            return false;
        }

        var word = tokens[j - 1].Text;
        return (word.Length == 1 && char.IsUpper(word[0])) || Lexicon.Honorifics.Contains(word) || Lexicon.TitleWords.Contains(word)
            || TitleAbbreviations.IsAbbreviatedTitleWord(word) || (j - 1 == first && (IsSaintOrMount(word) || AbbreviatedGivenNames.Contains(word)));
    }

    /// <summary>Whether the token is the stop after an abbreviated saint or mount that opens a name ("St. Luke's", "Mt. Orra").</summary>
    internal static bool IsPlaceAbbreviationStop(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && IsStopBeforeNameWord(tokens, index) && IsSaintOrMount(tokens[index - 1].Text);

    // A full stop glued to the word before it, with a word of a name after it.
    private static bool IsStopBeforeNameWord(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].IsSymbol('.') && !tokens[j].SpaceBefore && j >= 1 && tokens[j - 1].IsWord && j + 1 < tokens.Count && IsNameWord(tokens[j + 1]);

    private static bool IsSaintOrMount(string word) => word is "St" or "Mt" or "Ft";

    /// <summary>The last word of a building's name before a spaced ampersand that joins one more word of it ("Kestrel
    /// Lodge &amp; Tavern", "the Orra Hotel &amp; Spa"): a place's head, or "Hotel", which <see cref="Lexicon.PlaceHeads"/> leaves out.</summary>
    internal static bool IsBuildingHead(string word) => Lexicon.PlaceHeads.Contains(word) || word is "Hotel";

    /// <summary>Lower-case words for a district, a ward, a city or a town glued to Korean and Japanese place names.</summary>
    private static readonly HashSet<string> DistrictSuffixes = new(System.StringComparer.Ordinal) { "gu", "ku", "shi", "machi", "mura" };

    // "Tarsk-gu": the hyphen at j joins the suffix to the one word the run opened with, and nothing is glued after it.
    internal static bool IsDistrictSuffixAt(IReadOnlyList<Token> tokens, int first, int j) =>
        j == first + 1 && tokens[j].IsSymbol('-') && !tokens[j].SpaceBefore && j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore
        && DistrictSuffixes.Contains(tokens[j + 1].Text) && (j + 2 >= tokens.Count || tokens[j + 2].SpaceBefore || !(tokens[j + 2].IsWord || tokens[j + 2].IsSymbol('-')));

    private static readonly HashSet<string> LowerCompassHalves = new(System.StringComparer.Ordinal) { "east", "west", "eastern", "western" };

    /// <summary>The hyphen at j joins "North" or "South" to a lower-case "east" or "west" ("South-east", "North-western").</summary>
    internal static bool IsHyphenedCompassAt(IReadOnlyList<Token> tokens, int j) =>
        j >= 1 && j + 1 < tokens.Count && tokens[j].IsSymbol('-') && !tokens[j].SpaceBefore && !tokens[j + 1].SpaceBefore
        && tokens[j - 1].Text is "North" or "South" && LowerCompassHalves.Contains(tokens[j + 1].Text);
    /// <summary>The Persian and Urdu links written in lower case between two words of one name ("Lashkar-e-Taiba",
    /// "Tehrik-i-Taliban", "Harkat-ul-Mujahideen", "Jamaat-ud-Dawa", "Hizb-ut-Tahrir").</summary>
    private static readonly HashSet<string> IzafaLinks = new(System.StringComparer.Ordinal) { "e", "i", "ul", "ud", "ut", "us", "ur" };

    // The hyphen at j opens "-e-" and a capitalised word glued after it: the word before, the link and that word are one.
    internal static bool IsIzafaLinkAt(IReadOnlyList<Token> tokens, int j) =>
        j >= 1 && j + 3 < tokens.Count && tokens[j].IsSymbol('-') && !tokens[j].SpaceBefore && tokens[j - 1].IsWord
        && !tokens[j + 1].SpaceBefore && IzafaLinks.Contains(tokens[j + 1].Text)
        && tokens[j + 2].IsSymbol('-') && !tokens[j + 2].SpaceBefore && !tokens[j + 3].SpaceBefore && IsNameWord(tokens[j + 3]);
}
