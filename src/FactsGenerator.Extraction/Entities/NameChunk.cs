using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A run of capitalised words in a sentence (tokens <see cref="First"/>..<see cref="Last"/> inclusive): a proper-name candidate.</summary>
internal sealed class NameChunk
{
    public NameChunk(Sentence sentence, int first, int last, string text, bool insideQuote)
    {
        Sentence = sentence;
        First = first;
        Last = last;
        Text = text;
        InsideQuote = insideQuote;
    }

    public Sentence Sentence { get; }

    public int First { get; }

    public int Last { get; }

    /// <summary>The surface form, from the original text, whitespace collapsed.</summary>
    public string Text { get; }

    public bool InsideQuote { get; }

    public IReadOnlyList<Token> Tokens => Sentence.Tokens;

    public int Start => Tokens[First].Start;

    public int End => Tokens[Last].End;

    public int WordCount
    {
        get
        {
            var count = 0;
            for (var i = First; i <= Last; i++)
            {
                if (Tokens[i].IsWord)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Words separated by spaces: "Guinea-Bissau" is one, "Agence France-Presse" two, and "Bashar al-Assad"
    /// two (a particle joined by a hyphen opens a word of its own).</summary>
    public int SpacedWordCount
    {
        get
        {
            // Asked many times per chunk by the rules; the chunk and its tokens never change, so it is counted once.
            if (spacedWordCount < 0)
            {
                spacedWordCount = CountSpacedWords();
            }

            return spacedWordCount;
        }
    }

    private int spacedWordCount = -1;

    private int CountSpacedWords()
    {
        var count = 0;
        for (var i = First; i <= Last; i++)
        {
            if (Tokens[i].IsWord && (i == First || Tokens[i].SpaceBefore || IsAfterHyphenatedParticle(i)) && char.IsUpper(Tokens[i].Text[0]))
            {
                count++;
            }
        }

        return count;
    }

    // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle after a space, then a hyphen, then the name.
    private bool IsAfterHyphenatedParticle(int index) =>
        index - 2 > First && Tokens[index - 1].IsSymbol('-') && !Tokens[index - 1].SpaceBefore && !Tokens[index].SpaceBefore
        && Tokens[index - 2].IsWord && Tokens[index - 2].SpaceBefore && !char.IsUpper(Tokens[index - 2].Text[0]) && Lexicon.NameConnectors.Contains(Tokens[index - 2].Text);

    public Token? Before(int distance = 1) => First - distance >= 0 ? Tokens[First - distance] : null;

    public Token? After(int distance = 1) => Last + distance < Tokens.Count ? Tokens[Last + distance] : null;

    public override string ToString() => Text;
}
