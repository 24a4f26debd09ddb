using System.Text;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Naming;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Small predicates about words and names, shared by the entity rules.</summary>
internal static class NameForms
{
    /// <summary>Comparison key of a name: diacritics folded, lower case, letters and digits only.</summary>
    public static string Key(string name)
    {
        var folded = Identifier.FoldDiacritics(name);
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

    /// <summary>The country a demonym names, also in the plural ("Armenians" → "Armenia").</summary>
    public static string? CountryOfDemonym(string word)
    {
        var gazetteer = PlaceGazetteer.Instance;
        var country = gazetteer.CountryOfDemonym(word);
        if (country is null && word.Length > 3 && word[word.Length - 1] == 's')
        {
            country = gazetteer.CountryOfDemonym(word.Substring(0, word.Length - 1));
        }

        return country;
    }

    /// <summary>True when the word, or a hyphen-joined part of it, is a country name or a demonym.</summary>
    public static bool IsCountryOrDemonym(string word)
    {
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

        if (IsAllCaps(token.Text.Replace(".", string.Empty)))
        {
            return true;
        }

        // "G7", "G20": one or two capitals followed by digits.
        var letters = 0;
        while (letters < token.Text.Length && char.IsUpper(token.Text[letters]))
        {
            letters++;
        }

        return letters is 1 or 2 && letters < token.Text.Length && IsDigits(token.Text, letters);
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
            return Lexicon.NameConnectors.Contains(word);
        }

        if ((word.Length > 1 && IsAllCaps(word)) || HasDigit(word))
        {
            return false;
        }

        return !Lexicon.NonNameWords.Contains(word) && !Lexicon.OrganizationHeads.Contains(word) && !Lexicon.PlaceHeads.Contains(word)
            && !Lexicon.EventWords.Contains(word) && !Lexicon.CapitalisedFunctionWords.Contains(word) && !Lexicon.TitleWords.Contains(word)
            && !Lexicon.Honorifics.Contains(word) && !IsCountryOrDemonym(word);
    }

    public static bool IsLowerWord(Token token) => token.IsWord && char.IsLower(token.Text[0]);

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
