namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// Whether quoted words speak in the first person singular ("I", "my", "I'm"): such words are a person's
/// speech, not a title, a slogan or a scare quote.
/// </summary>
internal static class FirstPersonSingular
{
    public static bool Speaks(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (IsFirstPersonWord(text, wordStart, i - wordStart))
            {
                return true;
            }
        }

        return false;
    }

    // "I" (also in "I'm", "I've": the apostrophe ends the word), "my", "me", "myself" ("mine" is also a pit).
    private static bool IsFirstPersonWord(string text, int start, int length) =>
        (length == 1 && text[start] == 'I')
        || Is(text, start, length, "my") || Is(text, start, length, "My") || Is(text, start, length, "me")
        || Is(text, start, length, "myself");

    private static bool Is(string text, int start, int length, string word) =>
        length == word.Length && string.CompareOrdinal(text, start, word, 0, length) == 0;
}
