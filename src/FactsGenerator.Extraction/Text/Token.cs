namespace FactsGenerator.Extraction.Text;

// One byte, so that a token (text, start, kind, space) is 16 bytes: returned in two registers and copied as two
// words, where 24 bytes went through a return buffer; token lists are about a tenth of the engine's allocation.
internal enum TokenKind : byte
{
    /// <summary>Starts with a letter; may contain digits ("G7"), inner apostrophes ("O'Brien") and periods of initialisms ("U.S.").</summary>
    Word,

    /// <summary>Digits with inner thousands separators and one decimal point ("5,000", "5.7", "1800").</summary>
    Number,

    /// <summary>Any other single character (punctuation, symbols such as $ and %).</summary>
    Symbol,
}

/// <summary>A token of the normalised text. <see cref="SpaceBefore"/> is false when it touches the previous token ("44-day").</summary>
internal readonly struct Token
{
    // The length is not stored: the text is always exactly the token's characters.
    public Token(TokenKind kind, int start, string text, bool spaceBefore)
    {
        Kind = kind;
        Start = start;
        Text = text;
        SpaceBefore = spaceBefore;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int Length => Text.Length;

    public int End => Start + Length;

    public string Text { get; }

    public bool SpaceBefore { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == c;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>The letters glued to a figure that make it an ordinal ("th" of "45th"); the tokenizer splits them off.</summary>
    public bool IsOrdinalSuffix => Kind == TokenKind.Word && !SpaceBefore && Text is "st" or "nd" or "rd" or "th";

    /// <summary>"a", "an" or "the", in any case.</summary>
    public bool IsArticle => Is("a") || Is("an") || Is("the");

    public bool Is(string word) => Kind == TokenKind.Word && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
