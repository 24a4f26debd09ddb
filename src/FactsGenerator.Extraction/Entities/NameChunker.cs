using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Finds proper-name candidates: maximal runs of capitalised words joined by name particles ("de la",
/// "of", "bin"), hyphens without spaces ("Guinea-Bissau") and initials ("George W. Bush").
/// A capitalised function word that only starts the sentence ("The", "In") is left out.
/// </summary>
internal static class NameChunker
{
    public static List<NameChunk> Chunk(AnalyzedText text, Sentence sentence, bool[] insideQuote)
    {
        var chunks = new List<NameChunk>();
        var tokens = sentence.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]) || (Lexicon.CapitalisedFunctionWords.Contains(tokens[i].Text) && IsClauseStart(tokens, i)))
            {
                i++;
                continue;
            }

            // "Actors Ana Ruiz and ...", "Officials Jo Kim ...": a plural noun for people opening the sentence is no name.
            if (IsClauseStart(tokens, i) && IsPluralPersonNoun(tokens[i].Text) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1]))
            {
                i++;
                continue;
            }

            // "@AnaRuiz": an account handle is neither a person nor a body.
            if (i >= 1 && tokens[i - 1].IsSymbol('@') && !tokens[i].SpaceBefore)
            {
                i++;
                continue;
            }

            // "Banning Velmoria Airways would ...": a gerund opening the sentence is not part of the name after it.
            if (IsLeadingGerund(tokens, i))
            {
                i++;
                continue;
            }

            // "Remarked Lakeside Institute scientist Jo Kim:", "Reportedly Ana Ruiz ...": a verb of saying or an
            // adverb opening the sentence is not part of the name after it.
            if (IsLeadingVerbOrAdverb(tokens, i))
            {
                i++;
                continue;
            }

            // "This Wednesday Greek Foreign Minister ...": the day is not part of the name after it.
            if (IsWeekday(tokens[i]) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1]) && tokens[i + 1].SpaceBefore)
            {
                i++;
                continue;
            }

            var last = i;
            var j = i + 1;
            var nickname = -1;
            while (j < tokens.Count)
            {
                if (StartsPersonAfterInstitution(tokens, i, j))
                {
                    break;
                }

                if (nickname < 0 && IsQuotedNickname(tokens, i, j))
                {
                    nickname = j;
                    last = j + 3;
                    j = last + 1;
                    continue;
                }

                var next = ExtendFrom(tokens, i, j);
                if (next < 0)
                {
                    break;
                }

                last = next;
                j = next + 1;
            }

            last = ExtendOverList(tokens, i, last);
            last = ExtendOverAnd(tokens, i, last);
            last = ExtendOverDistrictOfColumbia(tokens, last);
            last = IsNumberedPlace(tokens, last + 1) ? last + 1 : last;

            // "1st Fleet Command", "3rd Infantry Division": an ordinal opens the name of a numbered unit.
            var first = StartsWithOrdinalUnit(tokens, i, last) ? i - 2 : StartsWithHouseNumber(tokens, i, last) ? i - 1 : i;
            var chunkText = nickname < 0
                ? AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[last].End)
                : AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[nickname - 1].End) + " "
                    + AnalyzedText.CollapseWhitespace(text.Original, tokens[nickname + 3].Start, tokens[last].End);
            chunks.Add(new NameChunk(sentence, first, last, chunkText, insideQuote[first]));
            i = last + 1;
        }

        return chunks;
    }

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

    // "House Oversight and Reform Committee", "Ministry of Oil and Gas": "and" inside an organisation's name.
    private static int ExtendOverAnd(IReadOnlyList<Token> tokens, int first, int last)
    {
        var and = last + 1;
        if (and + 1 >= tokens.Count || !(tokens[and].Is("and") || tokens[and].IsSymbol('&')) || !IsNameWord(tokens[and + 1]))
        {
            return last;
        }

        var end = and + 1;
        while (end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        // "Rock and Roll Hall of Fame": the second part may have its own particles; it ends at its last head word
        // ("the Peace and Freedom Party of Velmoria").
        var headEnd = -1;
        var walkEnd = and + 1;
        for (var k = and + 1; k >= 0; k = k + 1 < tokens.Count ? ExtendFrom(tokens, and + 1, k + 1) : -1)
        {
            walkEnd = k;
            if (Lexicon.OrganizationHeads.Contains(tokens[k].Text))
            {
                headEnd = k;
            }
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
        if (headEnd >= end && !Lexicon.OrganizationHeads.Contains(tokens[last].Text) && !firstIsAcronym && !firstIsComplete)
        {
            return headEnd;
        }

        // "Department of Health and Human Services", "High Court of Velmoria and Arden" (but "University of Lakeside
        // and Arden University": a place after "of" completes the first name unless another place follows "and").
        if (firstIsComplete && end - and <= 2 && walkEnd == end && lastOf < last
            && (!IsKnownPlace(tokens, tokens[lastOf + 1].Is("the") ? lastOf + 2 : lastOf + 1, last) || IsKnownPlace(tokens, and + 1, end)))
        {
            return end;
        }

        return last;
    }

    // 'Ana "Annie" Ruiz': a nickname in quotation marks after the given name is left out of the name (either
    // of the two is a known given name).
    private static bool IsQuotedNickname(IReadOnlyList<Token> tokens, int first, int j) =>
        j == first + 1 && j + 3 < tokens.Count && tokens[j].IsSymbol('"') && tokens[j + 2].IsSymbol('"') && IsNameWord(tokens[j + 1])
        && !tokens[j + 2].SpaceBefore && tokens[j + 3].SpaceBefore && IsNameWord(tokens[j + 3])
        && (Gazetteer.GivenNames.Contains(tokens[first].Text) || Gazetteer.GivenNames.Contains(tokens[j + 1].Text));

    /// <summary>"Route 2", "Interstate 80", "Region 11": the number after a road or region word ends its name.</summary>
    public static bool IsNumberedPlace(IReadOnlyList<Token> tokens, int number) =>
        number >= 1 && number < tokens.Count && tokens[number].IsNumber && tokens[number].SpaceBefore && tokens[number].Text.Length <= 4
        && IsDigits(tokens[number].Text) && tokens[number - 1].Text is "Route" or "Interstate" or "Highway" or "Region" or "Motorway" or "Expressway"
        && !(number + 1 < tokens.Count && (tokens[number + 1].IsSymbol('%') || (tokens[number + 1].IsWord && NameForms.IsLowerWord(tokens[number + 1]) && char.IsDigit(tokens[number + 1].Text[0]))));

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
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

        return p < tokens.Count && tokens[p].IsWord && tokens[p].Text is "D.C." or "D.C" or "DC" ? p : last;
    }

    /// <summary>A capitalised word, an acronym, or a letters-and-digits code such as "G7".</summary>
    public static bool IsNameWord(Token token) =>
        token.IsWord && token.Text != "'s" && token.Text != "'S"
        && (char.IsUpper(token.Text[0]) || (token.Text.Length > 2 && token.Text[1] == '\'' && char.IsUpper(token.Text[2]) && token.Text[0] is 'd' or 'l'));

    public static bool IsClauseStart(IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0)
        {
            return true;
        }

        // "((Ana Ruiz)) The plan ...": an interview transcript's speaker label in double brackets opens a clause.
        var previous = tokens[index - 1];
        return (previous.Kind == TokenKind.Symbol && previous.Text is "\"" or "'" or "(" or ":" or ";" or "-" or "[")
            || (index >= 2 && previous.IsSymbol(')') && tokens[index - 2].IsSymbol(')'));
    }

    // Returns the last token index of the extension starting at j, or -1 when the run ends before j.
    private static bool StartsWithOrdinalUnit(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 2 && tokens[first - 2].IsNumber && tokens[first - 1].IsWord && !tokens[first - 1].SpaceBefore
        && tokens[first - 1].Text is "st" or "nd" or "rd" or "th" && ContainsOrganizationHead(tokens, first, last);

    // "10 Downing Street", "221 Velmoria Road": a house number opens the name of an address.
    private static bool StartsWithHouseNumber(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 2 && tokens[first - 1].IsNumber && tokens[first - 1].Text.Length <= 4 && tokens[first].SpaceBefore
        && tokens[last].Text is "Street" or "Road" or "Avenue" or "Lane" or "Square" or "Boulevard"
        && tokens[first - 2].IsWord && tokens[first - 2].Text is "at" or "for" or "to" or "from" or "outside" or "near" or "of" or "by";

    // "members of the House of Representatives Ana Ruiz and Jo Kim": a first name after "X of Y" starts a person
    // (but "Mayor of Lakeside Ana Ruiz" is a title followed by the name).
    private static bool StartsPersonAfterInstitution(IReadOnlyList<Token> tokens, int first, int j)
    {
        if (j + 1 >= tokens.Count || !tokens[j].SpaceBefore || !IsNameWord(tokens[j]) || !IsNameWord(tokens[j + 1]) || !tokens[j + 1].SpaceBefore
            || !IsNameWord(tokens[j - 1]) || !Gazetteer.GivenNames.Contains(tokens[j].Text)
            || Lexicon.TitleWords.Contains(tokens[first].Text) || Lexicon.Honorifics.Contains(tokens[first].Text))
        {
            return false;
        }

        // "Ambassador to the United Nations Nikki Haley": a name that already ends in its head word is complete.
        if (j - 1 > first && Lexicon.OrganizationHeads.Contains(tokens[j - 1].Text))
        {
            return true;
        }

        for (var k = first; k < j - 1; k++)
        {
            if (tokens[k].Is("of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"o", "cha", "un", "hyung": a short lower-case syllable glued after a hyphen inside a name; compound
    /// words ("-led", "-based", "-era", "-elect") are not syllables of a name.</summary>
    public static bool IsHyphenatedSyllable(Token token)
    {
        const int MaxLength = 5;
        var word = token.Text;
        if (token.SpaceBefore || !NameForms.IsLowerWord(token) || word.Length > MaxLength || word.EndsWith("ed", System.StringComparison.Ordinal)
            || word.EndsWith("ing", System.StringComparison.Ordinal) || word.EndsWith("ly", System.StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return System.Array.IndexOf(CompoundEndings, word) < 0;
    }

    private static readonly string[] CompoundEndings =
    {
        "elect", "era", "style", "born", "like", "free", "run", "wide", "made", "type", "class", "size", "level", "scale", "term", "bound", "area",
        "old", "year", "long", "time", "proof", "ready", "only", "rich", "less", "owned", "led", "based", "held", "sized", "day", "week", "month",
        "going", "up", "out", "off", "down", "over", "back", "speak", "esque", "ish", "ism", "ist", "ite", "ian", "gate", "fest", "mania", "phile",
        "phobe", "law", "mart", "zone", "hit", "hating", "loving", "fan", "fans", "state", "city", "party",
    };

    private static bool IsHyphenatedSyllableOrName(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && !tokens[index].SpaceBefore && (IsHyphenatedSyllable(tokens[index]) || IsNameWord(tokens[index]));

    // Surnames such as "Fleming" also end in "-ing", so a known given name, a place, or a street after it
    // ("Downing Street") keeps the word.
    private static bool IsLeadingGerund(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (!(IsClauseStart(tokens, i) || tokens[i - 1].IsSymbol('.')) || word.Length < 6 || !word.EndsWith("ing", System.StringComparison.Ordinal) || i + 1 >= tokens.Count
            || !IsNameWord(tokens[i + 1]) || !tokens[i + 1].SpaceBefore)
        {
            return false;
        }

        var next = tokens[i + 1].Text;
        return !Gazetteer.GivenNames.Contains(word) && !Gazetteer.PlaceGazetteer.Instance.TryFind(word, out _)
            && !Lexicon.PlaceHeads.Contains(next) && !Lexicon.SeatsOfPower.Contains(word + " " + next);
    }

    // A past verb of saying ("Remarked", "Added"; "Said" is also a given name) or a word with an adverb's ending ("Additionally",
    // "Reportedly") opening a clause before a name; a given name or a place ("Kelly", "Italy") is kept.
    private static bool IsLeadingVerbOrAdverb(IReadOnlyList<Token> tokens, int i)
    {
        const int MinAdverbLength = 7;
        var word = tokens[i].Text;
        if (!(IsClauseStart(tokens, i) || tokens[i - 1].IsSymbol('.')) || i + 1 >= tokens.Count || !IsNameWord(tokens[i + 1]) || !tokens[i + 1].SpaceBefore
            || NameForms.IsAllCaps(word) || Gazetteer.GivenNames.Contains(word) || Gazetteer.PlaceGazetteer.Instance.TryFind(word, out _))
        {
            return false;
        }

        var saying = Lexicon.AttributionVerbs.Contains(word) && (word.EndsWith("ed", System.StringComparison.Ordinal) || word is "Told" or "Wrote");
        var adverb = word.Length >= MinAdverbLength && (word.EndsWith("ally", System.StringComparison.Ordinal) || word.EndsWith("ously", System.StringComparison.Ordinal)
            || word.EndsWith("edly", System.StringComparison.Ordinal) || word.EndsWith("ently", System.StringComparison.Ordinal) || word.EndsWith("antly", System.StringComparison.Ordinal)
            || word.EndsWith("ately", System.StringComparison.Ordinal) || word.EndsWith("ingly", System.StringComparison.Ordinal) || word.EndsWith("fully", System.StringComparison.Ordinal)
            || word.EndsWith("ively", System.StringComparison.Ordinal));
        return saying || adverb;
    }

    private static bool IsPluralPersonNoun(string word)
    {
        if (word.Length < 4 || word[word.Length - 1] != 's')
        {
            return false;
        }

        var singular = word.Substring(0, word.Length - 1);
        return Lexicon.RoleHeads.Contains(singular) || Lexicon.PersonNouns.Contains(singular);
    }

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

    private static bool IsKnownPlace(IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Text;
        }

        return Gazetteer.PlaceGazetteer.Instance.TryFind(string.Join(" ", words), out _);
    }

    private static bool IsWeekday(Token token) => token.IsWord && System.Array.IndexOf(Lexicon.WeekdayNames, token.Text) >= 0;

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

    private static int ExtendFrom(IReadOnlyList<Token> tokens, int first, int j)
    {
        var token = tokens[j];
        if (IsNameWord(token) && token.SpaceBefore)
        {
            return j;
        }

        // "Alachua Sheriff's Office", "Fishmongers' Hall": a possessive inside the name of a body or a building
        // (but in "Lakeside University's Marine Institute" a named body owns another).
        if ((token.Text is "'s" || token.IsSymbol('\'')) && !token.SpaceBefore && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && !ContainsOrganizationHead(tokens, first, j - 1)
            && (Lexicon.OrganizationHeads.Contains(tokens[j + 1].Text) || Lexicon.PlaceHeads.Contains(tokens[j + 1].Text))
            && (j + 2 >= tokens.Count || !IsNameWord(tokens[j + 2]) || !tokens[j + 2].SpaceBefore))
        {
            return j + 1;
        }

        // "Guinea-Bissau", "France-Presse": a hyphen without spaces before a capitalised word.
        if (token.IsSymbol('-') && !token.SpaceBefore && j + 1 < tokens.Count && !tokens[j + 1].SpaceBefore && IsNameWord(tokens[j + 1]))
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

        // "George W. Bush", "Dr. Haines": the period of an initial or of an abbreviated title.
        if (token.IsSymbol('.') && !token.SpaceBefore && tokens[j - 1].IsWord && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && ((tokens[j - 1].Length == 1 && char.IsUpper(tokens[j - 1].Text[0])) || Lexicon.Honorifics.Contains(tokens[j - 1].Text) || Lexicon.TitleWords.Contains(tokens[j - 1].Text)))
        {
            return j + 1;
        }

        // "the Velmorian Embassy in Ostravel": a mission is named with the city it is in.
        if (token.Is("in") && tokens[j - 1].IsWord && Lexicon.DiplomaticMissions.Contains(tokens[j - 1].Text) && char.IsUpper(tokens[j - 1].Text[0]) && j - 1 > first
            && j + 1 < tokens.Count && IsNameWord(tokens[j + 1]) && !IsWeekday(tokens[j + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[j + 1].Text))
        {
            return j + 1;
        }

        // "Commission on Presidential Debates": "on" after an organisation word.
        if (token.Is("on") && tokens[j - 1].IsWord && Lexicon.OrganizationHeads.Contains(tokens[j - 1].Text) && j + 1 < tokens.Count && IsNameWord(tokens[j + 1])
            && !IsWeekday(tokens[j + 1]))
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
}
