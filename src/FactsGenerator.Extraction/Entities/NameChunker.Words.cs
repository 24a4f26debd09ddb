using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>What a single token is to a name: a name word, a clause start, a syllable or a road number.</summary>
internal static partial class NameChunker
{
    /// <summary>A capitalised word, an acronym, or a letters-and-digits code such as "G7".</summary>
    public static bool IsNameWord(Token token) =>
        token.IsWord && token.Text != "'s" && token.Text != "'S"
        && (char.IsUpper(token.Text[0]) || (token.Text.Length > 2 && token.Text[1] == '\'' && char.IsUpper(token.Text[2]) && token.Text[0] is 'd' or 'l'));

    // "AT&T said", "A&E staff": a capitalised function word glued by "&" to a capital is half of one name, not the
    // sentence's opening "At" or "A".
    private static bool IsGluedAmpersandHalf(IReadOnlyList<Token> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i + 1].IsSymbol('&') && !tokens[i + 1].SpaceBefore && !tokens[i + 2].SpaceBefore && IsNameWord(tokens[i + 2]);

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

    /// <summary>"Route 2", "Interstate 80", "Region 11": the number after a road or region word ends its name.</summary>
    public static bool IsNumberedPlace(IReadOnlyList<Token> tokens, int number) =>
        number >= 1 && number < tokens.Count && tokens[number].IsNumber && tokens[number].SpaceBefore && tokens[number].Text.Length <= 4
        && IsDigits(tokens[number].Text) && (IsNumberedPlaceWord(tokens[number - 1].Text) || IsUsHighway(tokens, number))
        && !(number + 1 < tokens.Count && (tokens[number + 1].IsSymbol('%') || (tokens[number + 1].IsWord && NameForms.IsLowerWord(tokens[number + 1]) && char.IsDigit(tokens[number + 1].Text[0]))));

    /// <summary>The last token of a numbered place whose number is at the index: the number, or a capital letter glued to
    /// it that names a branch of the road ("Interstate 35W", "Route 9A").</summary>
    public static int NumberedPlaceEnd(IReadOnlyList<Token> tokens, int number) =>
        number + 1 < tokens.Count && tokens[number + 1] is { IsWord: true, SpaceBefore: false } letter && letter.Text.Length == 1 && char.IsUpper(letter.Text[0])
            && !(number + 2 < tokens.Count && tokens[number + 2] is { SpaceBefore: false } glued && (glued.IsWord || glued.IsNumber))
            ? number + 1 : number;

    /// <summary>True when the token at the index ends a numbered place: its number, or the branch letter glued to it.</summary>
    public static bool EndsNumberedPlace(IReadOnlyList<Token> tokens, int last) =>
        IsNumberedPlace(tokens, last) || (last >= 1 && IsNumberedPlace(tokens, last - 1) && NumberedPlaceEnd(tokens, last - 1) == last);

    // "traveling on U.S. 6,", "the crash on US 30 near Orra": the country's short name and a number after a preposition
    // of a road, the number closing the phrase, is a federal highway ("U.S. 25 percent tariffs", "U.S. 10-year notes" and
    // "the U.S. 2024 race" go on after the number and stay the country's).
    private static bool IsUsHighway(IReadOnlyList<Token> tokens, int number)
    {
        const int MaxDigits = 3;
        if (number < 2 || !(tokens[number - 1].Text is "U.S." or "US") || tokens[number].Text.Length > MaxDigits
            || !(NameForms.IsLowerWord(tokens[number - 2]) && RoadPrepositions.Contains(tokens[number - 2].Text)))
        {
            return false;
        }

        var after = NumberedPlaceEnd(tokens, number) + 1;
        return after >= tokens.Count || (tokens[after].Kind == TokenKind.Symbol && tokens[after].Text is "," or "." or ";" or ")" or ":")
            || (NameForms.IsLowerWord(tokens[after]) && WordsAfterRoad.Contains(tokens[after].Text));
    }

    /// <summary>Lower-case prepositions before a road's name ("on U.S. 6", "along US 30").</summary>
    private static readonly HashSet<string> RoadPrepositions = Lexicon.Set("on along off onto via");

    /// <summary>Lower-case words that may follow a road's number ("on U.S. 6 near Orra", "on US 30 in Velm").</summary>
    private static readonly HashSet<string> WordsAfterRoad = Lexicon.Set(
        "and or in near at between north south east west northbound southbound eastbound westbound outside through when where");

    /// <summary>"Paediatrics Hospital No. 1", "Velm Secondary School No. 4": the name of a body or a building that goes on
    /// with "No", its glued stop and a spaced number is numbered by it (the number is the last token of the name; a law's
    /// number, "Republic Act No. 7966", is no body's); -1 when there is none.</summary>
    public static int SerialNumberAfter(IReadOnlyList<Token> tokens, int first, int last)
    {
        const int MaxDigits = 4;
        var number = last + 2;
        if (last <= first || tokens[last].Text != "No" || number >= tokens.Count || !tokens[last + 1].IsSymbol('.') || tokens[last + 1].SpaceBefore
            || !(Lexicon.OrganizationHeads.Contains(tokens[last - 1].Text) || IsBuildingHead(tokens[last - 1].Text)))
        {
            return -1;
        }

        // ("No. 1%", "No. 1.5" are no serial numbers.)
        var isSerial = tokens[number].IsNumber && tokens[number].SpaceBefore && tokens[number].Text.Length <= MaxDigits && IsDigits(tokens[number].Text)
            && !(number + 1 < tokens.Count && (tokens[number + 1].IsSymbol('%') || (tokens[number + 1].IsSymbol('.') && number + 2 < tokens.Count && tokens[number + 2].IsNumber)));
        return isSerial ? number : -1;
    }

    /// <summary>"Route", "Interstate", "Region": a word that a number after it completes as a place's name.</summary>
    public static bool IsNumberedPlaceWord(string word) => word is "Route" or "Interstate" or "Highway" or "Region" or "Motorway" or "Expressway" or "Area";

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

    // Prefixes that name a body's word with the rest of the word in lower case ("Co-operation", "Anti-corruption",
    // "Non-proliferation", "Self-defence").
    private static readonly HashSet<string> HyphenPrefixes = new(System.StringComparer.Ordinal)
    {
        "Co", "Anti", "Non", "Self", "Counter", "Inter", "Pre", "Post", "Re", "Multi",
    };

    /// <summary>"D.C.", "DC": the district that follows "Washington" in the capital's name.</summary>
    public static bool IsDistrictOfColumbia(string word) => word is "D.C." or "D.C" or "DC";

    private static bool IsCurrencyPrefix(IReadOnlyList<Token> tokens, int index) =>
        index + 1 < tokens.Count && !tokens[index + 1].SpaceBefore && tokens[index + 1].Text is "$" or "€" or "£" or "¥";

    // "Police Inspector Ana Ruiz said": opening a sentence, "Police" before a capitalised title and a name is the first
    // word of the office ("police inspector"), as it is inside a sentence, not the plural noun of "Police said".
    private static bool IsServiceBeforeRank(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Is("Police") && index + 2 < tokens.Count && tokens[index + 1].IsWord && char.IsUpper(tokens[index + 1].Text[0])
        && TitleAbbreviations.IsTitle(tokens[index + 1].Text) && IsNameWord(tokens[index + 2]);
}
