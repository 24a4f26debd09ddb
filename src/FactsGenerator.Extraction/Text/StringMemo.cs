using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// Remembered answers of a pure function of a string (a name's key, whether a word is a country). The rules ask
/// about the same few hundred names again and again while a document is read; the answer never depends on the
/// table. One instance belongs to one thread ([ThreadStatic] fields hold them). The table is emptied when it
/// reaches <see cref="Limit"/> entries, so memory stays flat over any number of documents.
/// </summary>
internal sealed class StringMemo<T>
{
    internal const int Limit = 16384;

    private readonly Dictionary<string, T> answers = new(StringComparer.Ordinal);
    private readonly Func<string, T> compute;

    // The last string asked about and its answer: the rules often ask about the same string several times in a row
    // (a name chunk's text, a token's), and comparing references is cheaper than hashing the text again.
    private string? lastValue;
    private T lastAnswer = default!;

    public StringMemo(Func<string, T> compute)
    {
        this.compute = compute;
    }

    public T Get(string value)
    {
        if (ReferenceEquals(value, lastValue))
        {
            return lastAnswer;
        }

        if (!answers.TryGetValue(value, out var answer))
        {
            answer = Remember(value);
        }

        lastValue = value;
        lastAnswer = answer;
        return answer;
    }

    private T Remember(string value)
    {
        var answer = compute(value);
        if (answers.Count >= Limit)
        {
            answers.Clear();
        }

        answers[value] = answer;
        return answer;
    }
}
