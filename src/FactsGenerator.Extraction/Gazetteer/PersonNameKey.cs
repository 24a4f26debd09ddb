namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// The key a person-name list (given names, family names) is looked up by. The lists spell every name with one
/// capital ("Mclaughlin", "Macdonald", "Deshawn"), while text writes a capital inside many of them ("McLaughlin",
/// "MacDonald", "DeShawn"); without folding those inner capitals the commonest Scottish and Irish family names were
/// unknown. A capital after a hyphen or an apostrophe starts a new part and stays ("Smith-Jones", "Dell'Amico"), as
/// do runs of capitals ("NASA"), which are not names written with an inner capital.
/// </summary>
internal static class PersonNameKey
{
    public static string Of(string name)
    {
        var key = PlaceGazetteer.Key(name);
        for (var i = 1; i < key.Length; i++)
        {
            if (char.IsUpper(key[i]) && char.IsLower(key[i - 1]))
            {
                return FoldInnerCapitals(key, i);
            }
        }

        return key;
    }

    private static string FoldInnerCapitals(string key, int first)
    {
        var chars = key.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsUpper(chars[i]) && char.IsLower(chars[i - 1]))
            {
                chars[i] = char.ToLowerInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
