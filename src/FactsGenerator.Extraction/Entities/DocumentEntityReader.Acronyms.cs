using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Gazetteer;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Acronyms: read inside longer spans, registered as aliases, and told apart from shouting and labels.</summary>
internal sealed partial class DocumentEntityReader
{
    private void ScanParts(NameChunk chunk, List<NameChunk> chunks, bool gazetteerToo)
    {
        var tokens = chunk.Tokens;
        var i = chunk.First;
        while (i <= chunk.Last)
        {
            if (gazetteerToo)
            {
                var end = LongestPlace(tokens, i, chunk.Last, out var place);

                // "Roman Catholic": a town spelled like a nationality adjective, before another word, is the adjective.
                if (end == i && end < chunk.Last && place is not null && Lexicon.ExtraDemonyms.ContainsKey(tokens[i].Text))
                {
                    end = -1;
                }

                if (end >= 0 && place is not null && (IsHalfOfHyphenatedName(tokens, i, end) || IsModifierOfName(chunk, i, end, place) || NamesAStorm(tokens, i)))
                {
                    i = end + 1;
                    continue;
                }

                if (end >= 0 && place is not null)
                {
                    AddPlace(place, SubChunk(chunk, i, end));
                    i = end + 1;
                    continue;
                }
            }

            // "Planet KOI-812c": letters glued to a number after the name are a catalogue code, no body.
            if (NameForms.IsAcronym(tokens[i]) && (i == chunk.First || tokens[i].SpaceBefore) && (i < chunk.Last ? tokens[i + 1].SpaceBefore : !GluedToNext(chunk)) && !IsShouted(tokens, i)
                && !IsNoBodyAcronym(tokens, i))
            {
                var sub = SubChunk(chunk, i, i);
                if (gazetteer.TryFind(sub.Text, out var acronymPlace))
                {
                    AddPlace(acronymPlace, sub);
                }
                else
                {
                    NoteAcronymReadAlone(sub.Text);
                    AddOrganization(sub);
                    if (IsUnknownModifierAcronym(chunk, i))
                    {
                        modifierAcronymUses[sub.Text] = modifierAcronymUses.TryGetValue(sub.Text, out var uses) ? uses + 1 : 1;
                    }
                }
            }

            i++;
        }
    }

    // "Agence Velmoria-Presse", "Ostland-Harlow Bank": a place glued by a hyphen to a word that is no place is half of
    // one name ("Velmoria-Ostland talks" joins two places and keeps both, and a dash, "Arden–Tarsk Express", joins two names).
    private bool IsHalfOfHyphenatedName(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last + 2 < tokens.Count && IsPlainHyphen(tokens[last + 1]) && !tokens[last + 1].SpaceBefore && !tokens[last + 2].SpaceBefore
            && tokens[last + 2].IsCapitalized)
        {
            return !gazetteer.TryFind(tokens[last + 2].Text, out _);
        }

        if (first >= 2 && IsPlainHyphen(tokens[first - 1]) && !tokens[first - 1].SpaceBefore && !tokens[first].SpaceBefore
            && tokens[first - 2].IsCapitalized)
        {
            return !gazetteer.TryFind(tokens[first - 2].Text, out _);
        }

        return false;
    }

    // "the Harlow Quantalytics scandal", "telling the Velm Independent": a town opening a run of unknown capitalised
    // words is what the name is named after, not a place the text talks about (a country, a place head, an office or
    // a given name after it are read on their own).
    private bool IsModifierOfName(NameChunk chunk, int first, int last, GazetteerPlace place)
    {
        if (first != chunk.First || last >= chunk.Last || place.Kind == PlaceKind.Country)
        {
            return false;
        }

        // "the Harlow Fair 2019": an event with its year is held in the town, which stays a place.
        var after = chunk.Last + 1;
        if (after < chunk.Tokens.Count && chunk.Tokens[after].IsNumber && chunk.Tokens[after].Text.Length == 4)
        {
            return false;
        }

        // "the Velmar Games", "the Orra Olympic Games": a town before the name of a contest or a fair is where it is held
        // (the convention for contests), not a word of a longer name.
        if (IsContestOrFairWords(chunk.Tokens, last + 1, chunk.Last))
        {
            return false;
        }

        var next = chunk.Tokens[last + 1];
        return next.IsWord && next.SpaceBefore && next.IsCapitalized && !NameForms.IsAllCaps(next.Text) && !Lexicon.PlaceHeads.Contains(next.Text)
            && !Lexicon.TitleWords.Contains(next.Text) && !Lexicon.RoleHeads.Contains(next.Text) && !GivenNames.Contains(next.Text)
            && !Lexicon.CapitalisedFunctionWords.Contains(next.Text) && !gazetteer.TryFind(next.Text, out _);
    }

    // Every token from first to last is a contest's or a fair's word ("Olympic Games", "Marathon"); a cup is named for
    // whoever gave it as often as for a town ("the Davis Cup", "the Stanley Cup"), so "Cup" alone is none here.
    private static bool IsContestOrFairWords(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first == last && tokens[first].Text == "Cup")
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (!tokens[k].IsWord || !ContestAndFairWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return first <= last;
    }

    private bool IsPlainHyphen(Token token) => token.IsSymbol('-') && text.Original[token.Start] == '-';

    // "National Emergency Operation Centre (NEOC)", "the United Kingdom's (UK)": the acronym is an alias.
    private void RegisterParenthesisedAcronym(NameChunk chunk, EntityRecord record)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        if (p < tokens.Count && tokens[p].Text is "'s" or "'S")
        {
            p++;
        }

        if (p + 2 < tokens.Count && tokens[p].IsSymbol('(') && tokens[p + 2].IsSymbol(')')
            && (NameForms.IsAllCaps(tokens[p + 1].Text) || IsSyllabicAbbreviation(tokens[p + 1].Text, chunk.Text)))
        {
            registry.AddAlias(record, tokens[p + 1].Text);
            evidence.Hint(tokens[p + 1].Text, record.Kind);
        }
        else if (p < tokens.Count && tokens[p].IsSymbol('(') && GluedAcronymInBrackets(tokens, p + 1) is { } glued)
        {
            registry.AddAlias(record, glued);
            evidence.Hint(glued, record.Kind);
        }
    }

    // "(HG&E)": capitals joined by an ampersand without spaces, read as one short form up to the closing bracket.
    private static string? GluedAcronymInBrackets(IReadOnlyList<Token> tokens, int start)
    {
        const int MaxParts = 5;
        var text = new System.Text.StringBuilder();
        for (var q = start; q < tokens.Count && q - start < MaxParts; q++)
        {
            if (tokens[q].IsSymbol(')'))
            {
                var shortForm = text.ToString();
                return q > start + 1 && shortForm.IndexOf('&') > 0 && NameForms.IsAllCaps(shortForm) ? shortForm : null;
            }

            if ((q > start && tokens[q].SpaceBefore) || !(tokens[q].IsWord || tokens[q].IsSymbol('&')))
            {
                return null;
            }

            text.Append(tokens[q].Text);
        }

        return null;
    }

    // "Velmorian Institute of Seismology (Velisem)": a capitalised short form built from the first letters of the
    // name's words and letters after them, in order.
    private static bool IsSyllabicAbbreviation(string word, string name)
    {
        if (word.Length < 3 || word.Length >= name.Length || !char.IsUpper(word[0]) || char.ToUpperInvariant(name[0]) != word[0] || name.IndexOf(' ') < 0)
        {
            return false;
        }

        var n = 0;
        var lastWordStart = 0;
        var wordsUsed = 0;
        for (var w = 0; w < word.Length; w++)
        {
            var c = char.ToLowerInvariant(word[w]);
            if (!char.IsLetter(c))
            {
                return false;
            }

            while (n < name.Length && char.ToLowerInvariant(name[n]) != c)
            {
                n++;
            }

            if (n >= name.Length)
            {
                return false;
            }

            var start = name.LastIndexOf(' ', n) + 1;
            if (start != lastWordStart || w == 0)
            {
                wordsUsed++;
                lastWordStart = start;
            }

            n++;
        }

        return wordsUsed >= 2;
    }

    /// <summary>How often each acronym was read only as the first word of a longer unexplained name (sorted, so the
    /// discarding pass never walks hash order).</summary>
    private readonly SortedDictionary<string, int> modifierAcronymUses = new(System.StringComparer.Ordinal);

    // "the VLX General Public Licence", "the QRT Harbour Challenge", "RK Tamal Sen": capitals before more
    // capitalised words of a name nothing else explains name a product, a contest or a person's initials, not a body
    // of their own, unless the document writes them alone too or they are a known body's.
    private bool IsUnknownModifierAcronym(NameChunk chunk, int index) =>
        index < chunk.Last && NameChunker.IsNameWord(chunk.Tokens[index + 1]) && !evidence.IsUsedAlone(chunk.Tokens[index].Text)
        && !OrganizationLexicon.Contains(chunk.Tokens[index].Text) && !evidence.TryGetStrong(chunk.Tokens[index].Text, out _);

    // Once acronyms are joined to the bodies they spell ("UAW Local 12" after "United Auto Workers"), one read only
    // before other capitalised words, and never otherwise, names no body.
    private void DiscardModifierAcronyms()
    {
        foreach (var pair in modifierAcronymUses)
        {
            var record = registry.Find(pair.Key, EntityKind.Organization);
            if (record is not null && record.Name == pair.Key && record.Aliases.Count == 0 && record.Mentions <= pair.Value)
            {
                record.Discarded = true;
            }
        }
    }

    // What the document shows an acronym to be other than a body: a thing it spells out, emphasis, a catalogue
    // designation or the initials that label an interview's answers.
    private bool IsNoBodyAcronym(IReadOnlyList<Token> tokens, int index) =>
        evidence.IsThingAcronym(tokens[index].Text) || evidence.IsAnswerLabel(tokens[index].Text) || IsDesignation(tokens, index) || IsEmphasisedWord(tokens, index)
        || EndsQualifiedShortForm(tokens, index);

    // "Deputy Harbour Warden (Dep HW)", "a flight mass meter (FL MM)": a word and capitals in brackets after a name or a
    // phrase are that name's short form as a whole, so the capitals are no body of their own.
    private static bool EndsQualifiedShortForm(IReadOnlyList<Token> tokens, int index) =>
        IsTwoWordShortFormFrom(tokens, index - 1) || IsTwoWordShortFormFrom(tokens, index);

    // Two words in brackets from `first`, written after a word.
    private static bool IsTwoWordShortFormFrom(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && first + 2 < tokens.Count && tokens[first - 1].IsSymbol('(') && tokens[first - 2].IsWord && tokens[first].IsWord
        && tokens[first + 1].IsWord && tokens[first + 1].SpaceBefore && tokens[first + 2].IsSymbol(')');

    // "the star HR 4796", "certified to QS 8120": capitals before a number of three digits or more that is no year
    // name an entry of a catalogue or a standard ("NBC 4" and "the FIFA 2022 bid" keep their body).
    private static bool IsDesignation(IReadOnlyList<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Count || !tokens[index + 1].IsNumber || !tokens[index + 1].SpaceBefore)
        {
            return false;
        }

        var number = tokens[index + 1].Text;
        foreach (var c in number)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        var looksLikeYear = number.Length == 4 && (number[0] == '1' || number[0] == '2');
        return number.Length >= 3 && !looksLikeYear;
    }

    // "at 8:00 p.m. QST", "by 14:30 KLT": capitals right after a time of day name its time zone, not a body.
    private static bool IsTimeZoneAfterClock(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 1)
        {
            return false;
        }

        var before = tokens[index - 1];
        return before.Text is "a.m." or "p.m." or "am" or "pm"
            || (before.IsNumber && (before.Text.IndexOf(':') > 0 || (index >= 3 && tokens[index - 2].IsSymbol(':') && !before.SpaceBefore && tokens[index - 3].IsNumber)));
    }

    // "WE HAVE WON BY A LOT": three capitalised words in a row are shouted words, not acronyms (but a comma list
    // of acronyms, "the ELT, TMT and GMT", is not shouting).
    private static bool IsShouted(IReadOnlyList<Token> tokens, int index)
    {
        const int MinShoutedWords = 3;
        var count = 1;
        for (var k = index - 1; k >= 0 && count < MinShoutedWords && IsCapitalsWord(tokens[k]); k--)
        {
            count++;
        }

        for (var k = index + 1; k < tokens.Count && count < MinShoutedWords && IsCapitalsWord(tokens[k]); k++)
        {
            count++;
        }

        return count >= MinShoutedWords;
    }

    // "in ALL 50 states", "a ZERO tolerance policy": an everyday word in capitals is emphasis, not an acronym; "paid in
    // USD" names a currency and "the company's VP" an office. None of them is a body unless the document spells it out
    // or treats it as one ("World Health Organization (WHO)", "the WHO", "WHO's experts", "WHO said", "according to WHO").
    private bool IsEmphasisedWord(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Text;
        var plainWord = Gazetteer.EnglishWords.IsEverydayWord(word) || Quantities.QuantityLexicon.TryCurrencyCode(word, out _)
            || Lexicon.RoleHeads.Contains(word) || word is "VP";
        if (!plainWord || registry.Find(word) is not null || evidence.TryGetStrong(word, out _) || evidence.IsWeakOrganization(word)
            || evidence.IsSpeaker(word))
        {
            return false;
        }

        var afterThe = index >= 1 && tokens[index - 1].Is("the");
        var possessive = index + 1 < tokens.Count && tokens[index + 1].Text is "'s" or "'S" or "’s";
        return !afterThe && !possessive;
    }

    // "((ABC)) Why did you run?": initials in double brackets mark who speaks in an interview transcript.
    private static bool IsSpeakerLabel(IReadOnlyList<Token> tokens, int index) =>
        index >= 2 && index + 1 < tokens.Count && tokens[index - 1].IsSymbol('(') && tokens[index - 2].IsSymbol('(') && tokens[index + 1].IsSymbol(')');

    private static bool IsCapitalsWord(Token token) => token.IsWord && (NameForms.IsAllCaps(token.Text) || token.Text is "I" or "A");

    // "K2-18b": a code glued to what follows is part of a designation, not an acronym.
    private static bool GluedToNext(NameChunk chunk) => chunk.Last + 1 < chunk.Tokens.Count && !chunk.Tokens[chunk.Last + 1].SpaceBefore
        && chunk.Tokens[chunk.Last + 1].Text is not "'s" && !(chunk.Tokens[chunk.Last + 1].Kind == TokenKind.Symbol && chunk.Tokens[chunk.Last + 1].Text is "," or "." or ")" or ";" or ":" or "\"" or "'s");
}
