using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// Builds a document from a few news sentences and damages it: inserts hostile fragments and extreme numbers,
/// deletes, duplicates, swaps, re-cases and truncates. Seeded, so every failure can be replayed.
/// </summary>
internal sealed class SentenceMutator
{
    private static readonly string[] Fragments =
    {
        "\"", "\u201C", "\u201D", "'", "\u2019", "*/", "\"\"\"", "#if", "\u0000", "<&>", "\u202E", "\u200B", "\uD83D\uDE00", "\uD800", "\uDC00",
        "...", "!!!", "?", "  ", "\n", "\n\n", "\r", "\t", "$", "%", "\u20AC", "million", "billion", "trillion", "-", "\u2013", "\u2014", "(", ")",
        "Mr.", "U.S.", "'s", "@", "\\", "{", "}", ",", "at least", "more than", "about", "up to", "between", "and", "killed", "fled",
        "1,000,000,000,000,000,000,000,000,000,000", "99999999999999999999999999999999999", "0.0000000000000000000000000000001", "1e308",
        "-0", "007", "1,2,3,4", "3.14.15", "\u00BD", "\u0663", "\u00B2", "\u216B", "12:30", "24/7", "2021-13-45", "31 February 2021", "Monday",
        "one hundred and twenty", "a dozen", "thousands", "hundreds of thousands", "Dr", "said", "President", "the", "The",
    };

    private readonly Random random;

    public SentenceMutator(int seed) => random = new Random(seed);

    public string Next()
    {
        var builder = new StringBuilder();
        if (random.Next(3) > 0)
        {
            builder.Append(Pick(News.Sentences).TrimEnd('.')).Append("\n\n");
        }

        var count = 1 + random.Next(6);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pick(News.Sentences)).Append(random.Next(3) == 0 ? "\n\n" : " ");
        }

        var text = builder.ToString();
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            text = Mutate(text);
        }

        return text;
    }

    private string Mutate(string text)
    {
        if (text.Length == 0)
        {
            return Pick(News.Sentences);
        }

        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, 1 + random.Next(20));
        switch (random.Next(8))
        {
            case 0:
            case 1:
                return text.Insert(at, Pick(Fragments));
            case 2:
                return text.Remove(at, length);
            case 3:
                return text.Insert(at, text.Substring(at, length));
            case 4:
                return SwapWords(text);
            case 5:
                var span = text.Substring(at, length);
                return text.Substring(0, at) + (random.Next(2) == 0 ? span.ToUpperInvariant() : span.ToLowerInvariant()) + text.Substring(at + length);
            case 6:
                return ReplaceNumber(text);
            default:
                return random.Next(4) == 0 ? text.Substring(0, at) : text + Pick(News.Sentences);
        }
    }

    private string SwapWords(string text)
    {
        var words = new List<string>(text.Split(' '));
        if (words.Count < 2)
        {
            return text;
        }

        var a = random.Next(words.Count);
        var b = random.Next(words.Count);
        (words[a], words[b]) = (words[b], words[a]);
        return string.Join(" ", words);
    }

    private string ReplaceNumber(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]))
            {
                var end = i;
                while (end < text.Length && (char.IsDigit(text[end]) || text[end] is ',' or '.'))
                {
                    end++;
                }

                var replacement = random.Next(3) switch
                {
                    0 => Pick(Fragments),
                    1 => random.Next().ToString(CultureInfo.InvariantCulture) + random.Next().ToString(CultureInfo.InvariantCulture),
                    _ => new string('9', 1 + random.Next(60)),
                };
                return text.Substring(0, i) + replacement + text.Substring(end);
            }
        }

        return text.Insert(random.Next(text.Length), "79,228,162,514,264,337,593,543,950,336");
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
