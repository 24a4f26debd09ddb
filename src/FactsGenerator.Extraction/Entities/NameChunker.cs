using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Finds proper-name candidates: maximal runs of capitalised words joined by name particles ("de la",
/// "of", "bin"), hyphens without spaces ("Guinea-Bissau") and initials ("George W. Bush").
/// A capitalised function word that only starts the sentence ("The", "In") is left out.
/// </summary>
internal static partial class NameChunker
{
    public static List<NameChunk> Chunk(AnalyzedText text, Sentence sentence, bool[] insideQuote)
    {
        var chunks = new List<NameChunk>();
        var tokens = sentence.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]) || (Lexicon.CapitalisedFunctionWords.Contains(tokens[i].Text) && (IsClauseStart(tokens, i) || FollowsSentenceEnd(tokens, i)) && !IsServiceBeforeRank(tokens, i)
                && !IsGluedAmpersandHalf(tokens, i)))
            {
                i++;
                continue;
            }

            // "Jo Kim QC", "Ana Ruiz OBE": letters after a name are an honour or a rank, neither a name nor a body.
            if (IsPostNominal(tokens, i))
            {
                i++;
                continue;
            }

            // "US$5 million", "A$300": a country code glued to a currency sign names the currency, not the country.
            if (IsCurrencyPrefix(tokens, i))
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

            // "Drugmaker Velm Bio said ...": a kind of firm opening the sentence describes the name after it.
            if (IsLeadingFirmKind(tokens, i))
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

            // "Part of Ana Ruiz's speech ...", "Much of Jo Kim's work ...": an everyday word opening the sentence before "of"
            // and a person's given name is a common noun, not the head of a body named after the person; so is a plural
            // one before any name ("Shares of Dunmore & Pike fell", "Employees of Kestrel said").
            if (IsLeadingNounBeforeOf(tokens, i))
            {
                i++;
                continue;
            }

            // "Ex-Velmor Oil drummer Jo Kim": the prefix for a former member is no part of the name it is glued to.
            if (tokens[i].Text is "Ex" && i + 2 < tokens.Count && tokens[i + 1].IsSymbol('-') && !tokens[i + 1].SpaceBefore
                && !tokens[i + 2].SpaceBefore && IsNameWord(tokens[i + 2]))
            {
                i += 2;
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
                if (IsTrailingWeekday(tokens, j))
                {
                    break;
                }

                if (StartsPersonAfterInstitution(tokens, i, j) || IsPostNominal(tokens, j))
                {
                    // "House of Commons Speaker Jo Kim": the title before the person opens the person's name, not the body's.
                    if (last == j - 1 && last - 1 > i && Lexicon.TitleWords.Contains(tokens[last].Text) && tokens[last - 1].IsWord && !tokens[last - 1].Is("of"))
                    {
                        last--;
                    }

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

            last = ExtendOverLegalForm(tokens, last);
            last = ExtendOverList(tokens, i, last);
            last = ExtendOverAnd(tokens, i, last);
            last = ExtendOverDistrictOfColumbia(tokens, last);
            last = ExtendOverCampus(tokens, i, last);
            last = IsNumberedPlace(tokens, last + 1) ? NumberedPlaceEnd(tokens, last + 1) : last;
            last = SerialNumberAfter(tokens, i, last) is var serial and >= 0 ? serial : last;

            // "the Velm Rugby Union A grade table": a letter grading a team or a league is no part of the body's name.
            if (last > i && IsGradeLetter(tokens, last))
            {
                last--;
            }

            // "the Bureau of Rural Water Supply BRWS said": an acronym written right after the words it spells, its
            // brackets dropped, is the body's short name, not the last word of its name.
            var trailingAcronym = nickname < 0 && EndsWithSpelledAcronym(tokens, i, last);
            if (trailingAcronym)
            {
                last--;
            }

            // "1st Fleet Command", "3rd Infantry Division": an ordinal opens the name of a numbered unit.
            var first = StartsWithOrdinalUnit(tokens, i, last) ? i - 2 : StartsWithHouseNumber(tokens, i, last) ? i - 1 : StartsWithArticleOfKnownBody(text, tokens, i, last) ? i - 2 : i;
            var chunkText = nickname < 0
                ? AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[last].End)
                : AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[nickname - 1].End) + " "
                    + AnalyzedText.CollapseWhitespace(text.Original, tokens[nickname + 3].Start, tokens[last].End);
            chunks.Add(new NameChunk(sentence, first, last, chunkText, insideQuote[first]));
            i = last + 1;
            if (trailingAcronym)
            {
                chunks.Add(new NameChunk(sentence, i, i, tokens[i].Text, insideQuote[i]));
                i++;
            }
        }

        JoinChunksSpelledByShortForm(text, tokens, chunks);
        return chunks;
    }

    // The name's last word is an acronym, spaced from the name before it, whose letters are the initials of two or
    // more of those words ("Harbour Fisheries Research HFR"; little words such as "of" and "and" give no letter).
    private static bool EndsWithSpelledAcronym(IReadOnlyList<Token> tokens, int first, int last) =>
        last - 2 >= first && tokens[last].SpaceBefore && NameForms.IsAcronym(tokens[last]) && NameForms.IsAllCaps(tokens[last].Text)
        && ContextEvidence.InitialsSpelledBefore(tokens, last - 1, tokens[last].Text) >= first;

    internal static bool IsPostNominal(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && tokens[index].SpaceBefore && IsNameWord(tokens[index - 1]) && !NameForms.IsAllCaps(tokens[index - 1].Text)
        && (PostNominals.Contains(tokens[index].Text) || IsSeatAfterName(tokens, index));

    // "Ann Hollis MP said": a member's seat written after a given name and a family name, with no further name after it
    // (in "Labour MP Ann Hollis" the letters are an office before the name).
    private static bool IsSeatAfterName(IReadOnlyList<Token> tokens, int index) =>
        IsSeatAbbreviation(tokens[index].Text) && index >= 2 && IsNameWord(tokens[index - 2]) && tokens[index - 1].SpaceBefore
        && Gazetteer.GivenNames.Contains(tokens[index - 2].Text) && !(index + 1 < tokens.Count && IsNameWord(tokens[index + 1]) && tokens[index + 1].SpaceBefore);

    internal static bool IsSeatAbbreviation(string word) => word is "MP" or "MSP" or "MEP" or "MLA" or "MPP";

    // Honours, ranks and degrees written after a name (all in capitals, as news prose writes them).
    private static readonly HashSet<string> PostNominals = new(System.StringComparer.Ordinal)
    {
        "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "FRS",
    };

    private static bool IsGradeLetter(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].IsWord && tokens[index].Text.Length == 1 && char.IsUpper(tokens[index].Text[0]) && index + 1 < tokens.Count
        && tokens[index + 1].IsWord && tokens[index + 1].Text is "grade" or "team" or "side" or "squad" or "division" or "league" or "reserves";

    // 'Ana "Annie" Ruiz': a nickname in quotation marks after the given name is left out of the name (either
    // of the two is a known given name).
    private static bool IsQuotedNickname(IReadOnlyList<Token> tokens, int first, int j) =>
        j == first + 1 && j + 3 < tokens.Count && tokens[j].IsSymbol('"') && tokens[j + 2].IsSymbol('"') && IsNameWord(tokens[j + 1])
        && !tokens[j + 2].SpaceBefore && tokens[j + 3].SpaceBefore && IsNameWord(tokens[j + 3])
        && (Gazetteer.GivenNames.Contains(tokens[first].Text) || Gazetteer.GivenNames.Contains(tokens[j + 1].Text));

    // "1st Fleet Command": the number and its ordinal suffix before the name belong to it.
    private static bool StartsWithOrdinalUnit(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 2 && tokens[first - 2].IsNumber && tokens[first - 1].IsOrdinalSuffix && ContainsOrganizationHead(tokens, first, last);

    // "fighters of al-Shabaab", "joined al-Qaeda": the Arabic article written in lower case and glued by its hyphen opens
    // the name of a body known with it (a person's "al-Assad" keeps to the name word, as the surname is read alone).
    private static bool StartsWithArticleOfKnownBody(AnalyzedText text, IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 2 && tokens[first - 1].IsSymbol('-') && !tokens[first - 1].SpaceBefore && !tokens[first].SpaceBefore
        && tokens[first - 2].Text is "al" or "el" && (first == 2 || tokens[first - 2].SpaceBefore)
        && Gazetteer.OrganizationLexicon.Contains(AnalyzedText.CollapseWhitespace(text.Original, tokens[first - 2].Start, tokens[last].End));

    // "10 Downing Street", "221 Velmoria Road": a house number opens the name of an address.
    private static bool StartsWithHouseNumber(IReadOnlyList<Token> tokens, int first, int last) =>
        first >= 2 && tokens[first - 1].IsNumber && tokens[first - 1].Text.Length <= 4 && tokens[first].SpaceBefore
        && tokens[last].Text is "Street" or "Road" or "Avenue" or "Lane" or "Square" or "Boulevard"
        && tokens[first - 2].IsWord && tokens[first - 2].Text is "at" or "for" or "to" or "from" or "outside" or "near" or "of" or "by";

    // "members of the House of Representatives Ana Ruiz and Jo Kim": a first name after "X of Y" starts a person
    // (but "Mayor of Lakeside Ana Ruiz" is a title followed by the name, and in "University of North Carolina Dale"
    // the first name completes a place).
    private static bool StartsPersonAfterInstitution(IReadOnlyList<Token> tokens, int first, int j)
    {
        if (j + 1 >= tokens.Count || !tokens[j].SpaceBefore || !IsNameWord(tokens[j]) || !StartsSurname(tokens, j + 1)
            || !IsNameWord(tokens[j - 1]) || !Gazetteer.GivenNames.Contains(tokens[j].Text)
            || Lexicon.TitleWords.Contains(tokens[first].Text) || Lexicon.Honorifics.Contains(tokens[first].Text) || TitleAbbreviations.IsPoliceRank(tokens[first].Text)
            || IsKnownPlace(tokens, j - 1, j))
        {
            return false;
        }

        // "Ambassador to the United Nations Jo Kim": a name that already ends in its head word is complete.
        if (j - 1 > first && Lexicon.OrganizationHeads.Contains(tokens[j - 1].Text))
        {
            return true;
        }

        // "told BBC Ana Ruiz": a broadcaster's or agency's acronym of three or more letters names no person, so a
        // given name after it starts one.
        if (j - 1 == first && IsPlainAcronym(tokens[first].Text))
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

    // "Ruiz", "bin Rashid", "van Dijk": a capitalised surname, or a person-name particle before one.
    private static bool StartsSurname(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (!token.SpaceBefore)
        {
            return false;
        }

        return IsNameWord(token)
            || (token.IsWord && Lexicon.PersonNameParticles.Contains(token.Text) && index + 1 < tokens.Count && IsNameWord(tokens[index + 1]));
    }

    private static bool IsPlainAcronym(string word)
    {
        const int MinLetters = 3;
        if (word.Length < MinLetters)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c < 'A' || c > 'Z')
            {
                return false;
            }
        }

        return !Lexicon.NonAcronyms.Contains(word);
    }

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

    // ("Rival Quillmark raised ...": "Rival" opening a sentence before a name that is no given name describes a
    // competing firm, not a person's role; "Rival Ana Ruiz" keeps the word for the person after it.)
    internal static bool IsLeadingFirmKind(IReadOnlyList<Token> tokens, int i) =>
        IsClauseStart(tokens, i) && (Lexicon.FirmKindNouns.Contains(tokens[i].Text) || IsRivalBeforeNonPerson(tokens, i)) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1])
        && tokens[i + 1].SpaceBefore;

    private static bool IsRivalBeforeNonPerson(IReadOnlyList<Token> tokens, int i) =>
        IsCapitalisedRival(tokens[i]) && i + 1 < tokens.Count && !Gazetteer.GivenNames.Contains(tokens[i + 1].Text);

    /// <summary>"Rival" or "Rivals" written with a capital: before a firm's name it says what the firm is to another.</summary>
    internal static bool IsCapitalisedRival(Token token) => token.Text is "Rival" or "Rivals";

    private static bool IsLeadingNounBeforeOf(IReadOnlyList<Token> tokens, int i)
    {
        if (!IsClauseStart(tokens, i) || i + 2 >= tokens.Count || !tokens[i + 1].Is("of") || !IsNameWord(tokens[i + 2]))
        {
            return false;
        }

        // ("Shares of Ford": shares are always traded in what follows, even a name that is also a dictionary word.)
        var word = tokens[i].Text;
        if (word is "Shares")
        {
            return true;
        }

        var beforePerson = i + 3 < tokens.Count && IsNameWord(tokens[i + 3]) && tokens[i + 3].SpaceBefore && Gazetteer.GivenNames.Contains(tokens[i + 2].Text);
        // ("Guests of Honour Ana Ruiz": a dictionary word, or a word before a given name, after "of" may belong to a
        // titled phrase.)
        var plural = ContextEvidence.SingularOfPlural(word) is { } singular && Gazetteer.EnglishWords.IsOrdinaryWord(singular)
            && !Gazetteer.EnglishWords.IsOrdinaryWord(tokens[i + 2].Text) && !(i + 3 < tokens.Count && Gazetteer.GivenNames.Contains(tokens[i + 3].Text));
        return (beforePerson || plural) && Gazetteer.EnglishWords.IsOrdinaryWord(word) && !Gazetteer.GivenNames.Contains(word) && !Lexicon.OrganizationHeads.Contains(word)
            && !Lexicon.PlaceHeads.Contains(word) && !Lexicon.TitleWords.Contains(word) && !Lexicon.EventWords.Contains(word)
            && !Lexicon.RoleHeads.Contains(word) && !Lexicon.CompanyEndings.Contains(word);
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

    // ""We accept the verdict. Our workers fought," he said": a quote keeps its sentences in one, so a capitalised function
    // word after a full stop that ends a lower-case word, or after "?" or "!", opens a sentence there too.
    private static bool FollowsSentenceEnd(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && ((tokens[index - 1].IsSymbol('.') && NameForms.IsLowerWord(tokens[index - 2])) || NameForms.IsQuestionOrExclamation(tokens[index - 1]));

    private static bool IsWeekday(Token token) => token.IsWord && Lexicon.IsWeekdayName(token.Text);

    // A weekday or a month: after "on" or "in" it dates the clause rather than continuing a name.
    private static bool IsCalendarWord(Token token) => token.IsWord && Lexicon.IsMonthOrWeekdayName(token.Text);
}
