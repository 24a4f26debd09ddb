namespace FactsGenerator.Extraction.Dates;

internal enum DatePhraseKind
{
    /// <summary>"1994", "2020".</summary>
    Year,

    /// <summary>"the 1970s".</summary>
    Decade,

    /// <summary>"the 13th century", "the nineteenth century".</summary>
    Century,

    /// <summary>Any of day, month and year: "21 September 2023", "August 2018", "end of January".</summary>
    Calendar,

    /// <summary>"Thursday", "Wednesday evening", "last Monday".</summary>
    Weekday,

    /// <summary>"yesterday", "today", "tomorrow".</summary>
    RelativeDay,

    /// <summary>"last week", "this year", "next month".</summary>
    RelativePeriod,

    /// <summary>A named day whose date moves from year to year or from country to country: "Easter", "Labor Day".</summary>
    NamedDay,

    /// <summary>A clock time with no day of its own: "at 4 p.m.", "around 12:00 pm".</summary>
    TimeOfDay,
}

/// <summary>A date expression found in a sentence: tokens First..Last and its parts (0 when not stated).</summary>
internal sealed class DatePhrase
{
    public DatePhrase(DatePhraseKind kind, int first, int last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public DatePhraseKind Kind { get; }

    /// <summary>The first token; words before the date that belong to it move it back (<see cref="DateModifiers"/>).</summary>
    public int First { get; set; }

    public int Last { get; set; }

    public int Year { get; set; }

    /// <summary>The last year of a span of years ("1971–1978", "from 2003 to 2011"), or 0.</summary>
    public int EndYear { get; set; }

    /// <summary>"712 BC": a year before the common era, which has no ISO form here.</summary>
    public bool BeforeCommonEra { get; set; }

    public int Month { get; set; }

    public int Day { get; set; }

    /// <summary>0 = Sunday .. 6 = Saturday, or -1.</summary>
    public int Weekday { get; set; } = -1;

    /// <summary>Days from the publication date for "yesterday" (-1), "today" (0), "tomorrow" (1).</summary>
    public int RelativeDays { get; set; }

    /// <summary>For a relative period: "week", "month" or "year".</summary>
    public string? Period { get; set; }

    /// <summary>"next Monday" (1), "last Monday" (-1), or 0 when the text does not say.</summary>
    public int Direction { get; set; }

    /// <summary>The date that ends the period this one opens ("from December 12 to January 5"), or null.</summary>
    public DatePhrase? RangeEnd { get; set; }

    /// <summary>"June of this year" (0), "of last year" (-1), "of next year" (1): the year relative to publication.</summary>
    public int? YearOffset { get; set; }
}
