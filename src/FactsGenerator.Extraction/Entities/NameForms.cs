using System.Text;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Naming;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Small predicates about words and names, shared by the entity rules.</summary>
internal static class NameForms
{
    // Key and IsCountryOrDemonym are asked about the same names again and again while a document is read (every
    // rule re-keys the names it compares; a profile put them at 5% of the engine): their answers are remembered.
    [System.ThreadStatic]
    private static StringMemo<string>? keys;

    [System.ThreadStatic]
    private static StringMemo<bool>? countriesOrDemonyms;

    /// <summary>Comparison key of a name: diacritics folded, lower case, letters and digits only.</summary>
    public static string Key(string name) => (keys ??= new StringMemo<string>(ComputeKey)).Get(name);

    private static string ComputeKey(string name)
    {
        var folded = PlaceGazetteer.Key(name);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is '\'' && i + 1 < folded.Length && folded[i + 1] is 's' or 'S' && (i + 2 >= folded.Length || !char.IsLetter(folded[i + 2])))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The country a demonym names, also in the plural ("Norwegians" → "Norway").</summary>
    public static string? CountryOfDemonym(string word)
    {
        var gazetteer = PlaceGazetteer.Instance;
        var country = gazetteer.CountryOfDemonym(word);
        if (country is null && word.Length > 3 && word[word.Length - 1] == 's')
        {
            var singular = word.Substring(0, word.Length - 1);
            country = gazetteer.CountryOfDemonym(singular) ?? (Lexicon.ExtraDemonyms.TryGetValue(singular, out var region) ? region : null);
        }

        return country ?? (Lexicon.ExtraDemonyms.TryGetValue(word, out var nation) ? nation : null);
    }

    /// <summary>True when the word, or a hyphen-joined part of it, is a country name or a demonym.</summary>
    public static bool IsCountryOrDemonym(string word) =>
        (countriesOrDemonyms ??= new StringMemo<bool>(ComputeIsCountryOrDemonym)).Get(word);

    private static bool ComputeIsCountryOrDemonym(string word)
    {
        if (IsCompassDemonym(word))
        {
            return true;
        }

        foreach (var part in word.Split('-'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (CountryOfDemonym(part) is not null
                || (PlaceGazetteer.Instance.TryFind(part, out var place) && place.Kind == Model.PlaceKind.Country))
            {
                return true;
            }
        }

        return false;
    }

    // "North American", "West African": a compass word before a demonym names the people of a region, no body;
    // "North America" stays a place, as the word after the compass is a country's or continent's name, not a demonym.
    private static bool IsCompassDemonym(string word)
    {
        var space = word.IndexOf(' ');
        if (space < 0 || !(word.Substring(0, space) is "North" or "South" or "East" or "West" or "Central"))
        {
            return false;
        }

        var rest = word.Substring(space + 1);
        return rest.IndexOf(' ') < 0 && CountryOfDemonym(rest) is not null && !PlaceGazetteer.Instance.TryFind(rest, out _);
    }

    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>"NEOC", "EU", "G7", "G-20": an acronym or code that names an organisation.</summary>
    public static bool IsAcronym(Token token)
    {
        if (!token.IsWord || Lexicon.NonAcronyms.Contains(token.Text) || token.Text.Length > 7)
        {
            return false;
        }

        // "Benedict XVI": a Roman numeral counts monarchs, popes and events.
        if (IsRomanNumeral(token.Text))
        {
            return false;
        }

        if (IsAllCaps(token.Text.Replace(".", string.Empty)) && !HasDigit(token.Text))
        {
            return true;
        }

        // "G7", "G20": a "Group of" so many is a body; other letters with digits are codes ("R0", "A496", "N95").
        var digitsFrom = token.Text.Length > 2 && token.Text[1] == '-' ? 2 : 1;
        return token.Text.Length > digitsFrom && token.Text[0] == 'G' && IsDigits(token.Text, digitsFrom);
    }

    /// <summary>"KXRT-TV", "WQRS-FM", "CBLT-DT": a North American station's call sign (three or four capitals opening
    /// with K, W or C) and its band, the broadcaster's name.</summary>
    public static bool IsCallSign(string text)
    {
        var hyphen = text.IndexOf('-');
        if (hyphen < 3 || hyphen > 4 || text.Length != hyphen + 3 || !(text[0] is 'K' or 'W' or 'C'))
        {
            return false;
        }

        for (var i = 0; i < hyphen; i++)
        {
            if (text[i] < 'A' || text[i] > 'Z')
            {
                return false;
            }
        }

        // The band's two letters are read in place: this runs for every name chunk.
        return (text[hyphen + 1], text[hyphen + 2]) is ('T', 'V') or ('F', 'M') or ('A', 'M') or ('D', 'T') or ('L', 'P') or ('C', 'D');
    }

    /// <summary>A word that can be part of a person's name.</summary>
    public static bool IsPersonNameWord(Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }

        var word = token.Text;
        if (!char.IsUpper(word[0]))
        {
            return Lexicon.NameConnectors.Contains(word) || NameChunker.IsNameWord(token);
        }

        return (capitalisedNameWords ??= new StringMemo<bool>(IsCapitalisedPersonNameWord)).Get(word);
    }

    // The answer for a capitalised word depends on the word alone and takes a dozen list look-ups; the span and role
    // rules ask it again and again about the same names, so it is remembered per thread.
    [System.ThreadStatic]
    private static StringMemo<bool>? capitalisedNameWords;

    private static bool IsCapitalisedPersonNameWord(string word)
    {
        if ((word.Length > 1 && IsAllCaps(word) && !IsDottedInitials(word)) || HasDigit(word) || HasGluedCaption(word) || IsBrandShaped(word))
        {
            return false;
        }

        // "Representatives", "Senators": the plural of an office is a group, not a name.
        if (word.Length > 3 && word[word.Length - 1] == 's')
        {
            // The singular is cut once for both lists.
            var singular = word.Substring(0, word.Length - 1);
            if (Lexicon.TitleWords.Contains(singular) || Lexicon.RoleHeads.Contains(singular))
            {
                return false;
            }
        }

        // Compass words are also surnames ("Kanye West"); they only end place names in context.
        var compass = word is "East" or "West" or "North" or "South";
        return !Lexicon.NonNameWords.Contains(word) && !Lexicon.OrganizationHeads.Contains(word)
            && (compass || Lexicon.FamilyNamePlaceHeads.Contains(word) || !Lexicon.PlaceHeads.Contains(word))
            && !Lexicon.EventWords.Contains(word) && !Lexicon.CapitalisedFunctionWords.Contains(word) && !Lexicon.TitleWords.Contains(word)
            && !Lexicon.Honorifics.Contains(word) && !Lexicon.TitleModifiers.Contains(word) && !IsCountryOrDemonym(word);
    }

    /// <summary>
    /// "UpGuard", "VesselFinder": a capital inside one word joins two words into a brand; surname prefixes
    /// ("McArthur", "DeSantis", "LeBlanc") and a caption glued to the text ("SmithImage") are not brands.
    /// </summary>
    public static bool IsCamelCaseBrand(string word)
    {
        var inner = -1;
        for (var i = 2; i < word.Length - 1; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i + 1]))
            {
                inner = i;
                break;
            }
        }

        if (inner < 0 || !char.IsUpper(word[0]) || !IsLetters(word))
        {
            return false;
        }

        return !FamilyNamePrefixes.Contains(word.Substring(0, inner)) && !HasGluedCaption(word);
    }

    /// <summary>"C.L.", "J.R.": a person's two initials written together (but "U.S." and "D.C." are places).</summary>
    public static bool IsDottedInitials(string word)
    {
        if (word.Length != 4 || PlaceGazetteer.Instance.TryFind(word, out _) || word.EndsWith("D.C.", System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || i + 1 >= word.Length || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Mutilation", "Environment", "Infrastructure", "Security", "Tourism": a word whose ending makes it an abstract noun
    /// names an act, a state or a field of activity, not a body, a place or a person.
    /// </summary>
    public static bool HasAbstractNounEnding(string word)
    {
        foreach (var ending in AbstractNounEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AbstractNounEndings = { "tion", "sion", "ment", "ture", "ity", "ism", "ance", "ence", "ics", "ing", "stry" };

    /// <summary>
    /// "CentOS", "GitHub", "YouTube": a capital inside a word after lower-case letters writes a brand or a product. In a
    /// person's name it follows only a family-name prefix ("McGaugh", "MacArthur", "DeSantis", "LeBron", "DiCaprio").
    /// </summary>
    public static bool IsBrandShaped(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return !FamilyNamePrefixes.Contains(word.Substring(0, i));
            }
        }

        return false;
    }

    // Prefixes of family names written with a capital after them ("McGaugh", "DeSantis", "FitzGerald", "AlHashimi").
    private static readonly System.Collections.Generic.HashSet<string> FamilyNamePrefixes = new(System.StringComparer.Ordinal)
    {
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Ter", "Ten", "Del", "Della", "St", "Al", "El",
        "Ben", "Abu", "Abd", "Abdul",
    };

    private static readonly string[] CaptionWords = { "Image", "Photo", "Video" };

    /// <summary>"SmithImage": the word of a picture caption glued to the end of a name by a lost line break.</summary>
    public static bool HasGluedCaption(string word)
    {
        // Asked for nearly every capitalised word: the captions are a static array, not one allocated per call.
        foreach (var caption in CaptionWords)
        {
            if (word.Length > caption.Length + 1 && word.EndsWith(caption, System.StringComparison.Ordinal) && char.IsLower(word[word.Length - caption.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"II", "XVI", "XXIV": capital letters I, V and X only, as in a regnal number.</summary>
    public static bool IsRomanNumeral(string word)
    {
        const int MaxLength = 6;
        if (word.Length == 0 || word.Length > MaxLength || word == "I")
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsLowerWord(Token token) => token.IsWord && char.IsLower(token.Text[0]);

    /// <summary>"?" or "!": a mark that ends a sentence inside a quotation whatever word stands before it.</summary>
    public static bool IsQuestionOrExclamation(Token token) => token.IsSymbol('?') || token.IsSymbol('!');

    /// <summary>The mark that closes a quotation's words before its speaker is named: ",", "?" or "!" (""We will win,"
    /// she said", ""Why?" he asked").</summary>
    public static bool IsQuoteClosingMark(Token token) => token.IsSymbol(',') || IsQuestionOrExclamation(token);

    /// <summary>A lower-case word of five letters or more in "-ly" ("newly", "reportedly"): shaped like an adverb.</summary>
    public static bool IsLyAdverb(Token token) =>
        IsLowerWord(token) && token.Text.Length > 4 && token.Text.EndsWith("ly", System.StringComparison.Ordinal);

    private static bool IsDigits(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
