namespace FactsGenerator.Extraction.Numbers;

/// <summary>How a number was written; the quantity rules treat each form differently.</summary>
internal enum NumberForm
{
    /// <summary>"5,000", "5.7 million", "20m" after a currency sign.</summary>
    Digits,

    /// <summary>"forty-four", "one hundred and twenty thousand", "a dozen".</summary>
    Words,

    /// <summary>A count without a value: "several", "dozens", "tens of thousands".</summary>
    Vague,

    /// <summary>"half", "two thirds", "a quarter".</summary>
    Fraction,
}

/// <summary>A number read from tokens <see cref="First"/>..<see cref="Last"/> (inclusive) of a sentence.</summary>
internal readonly struct NumberMatch
{
    public NumberMatch(decimal? value, int first, int last, NumberForm form)
    {
        Value = value;
        First = first;
        Last = last;
        Form = form;
    }

    /// <summary>Null for vague counts.</summary>
    public decimal? Value { get; }

    public int First { get; }

    public int Last { get; }

    public NumberForm Form { get; }

    public bool IsVague => Form == NumberForm.Vague;

    public override string ToString() => $"{Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "vague"} [{First}..{Last}] {Form}";
}
