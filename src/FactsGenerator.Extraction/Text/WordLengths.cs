using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// The shortest and longest word of a small word list. A list asked about every token rejects most words by their
/// length before hashing them (ordinal and ordinal-ignore-case comparisons never match strings of other lengths).
/// </summary>
internal readonly struct WordLengths
{
    private WordLengths(int min, int max)
    {
        Min = min;
        Max = max;
    }

    public int Min { get; }

    public int Max { get; }

    public static WordLengths Of(IEnumerable<string> words)
    {
        var min = int.MaxValue;
        var max = -1;
        foreach (var word in words)
        {
            min = System.Math.Min(min, word.Length);
            max = System.Math.Max(max, word.Length);
        }

        return new WordLengths(min, max);
    }

    public bool Includes(int length) => length >= Min && length <= Max;
}
