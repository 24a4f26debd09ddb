using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// A number being understood: filled in step by step by the readers (qualifier, counted phrase, context),
/// then classified, merged with its neighbours and named, and finally turned into a <see cref="QuantityFact"/>.
/// </summary>
internal sealed class QuantityMention
{
    public QuantityMention(Sentence sentence, NumberMatch number)
    {
        Sentence = sentence;
        Number = number;
        Value = number.Value;
        EvidenceFirst = number.First;
        EvidenceLast = number.Last;
    }

    public Sentence Sentence { get; }

    public NumberMatch Number { get; }

    public decimal? Value { get; set; }

    public decimal? UpperValue { get; set; }

    public Qualifier Qualifier { get; set; } = Qualifier.Exact;

    /// <summary>The unit as read ("days", "percent", "usd", "seats"); null until known.</summary>
    public string? Unit { get; set; }

    public UnitKind UnitKind { get; set; }

    /// <summary>The counted noun ("peacekeepers"); null when the text leaves it implicit ("killed twelve").</summary>
    public string? Head { get; set; }

    /// <summary>Words before the head inside the counted phrase ("ethnic Hungarian" in "ethnic Hungarian residents").</summary>
    public string? Modifiers { get; set; }

    /// <summary>What happened to the counted things, when the text says it with a known event word.</summary>
    public EventSense? Event { get; set; }

    /// <summary>A plain verb tied to the count ("gained", "gathered") used for naming when no event is known.</summary>
    public string? Verb { get; set; }

    /// <summary>For a measure used as an adjective ("24-hour offensive"): the noun it measures.</summary>
    public string? MeasuredNoun { get; set; }

    /// <summary>The noun a measure without a counted phrase is about ("turnout" in "turnout was about 67.3%").</summary>
    public string? Subject { get; set; }

    /// <summary>For a duration: the verb the time was spent doing ("ruled" in "ruled for 12 years"), as written.</summary>
    public string? Activity { get; set; }

    /// <summary>For a duration whose subject is the span itself ("sentenced to 40 months": the sentence), so "duration" adds nothing.</summary>
    public bool SubjectIsTheSpan { get; set; }

    /// <summary>For a duration that places an event in time: "later", "ago", "earlier", "before" or "after".</summary>
    public string? TimeOffset { get; set; }

    public bool IsAge { get; set; }

    public bool LivesThere { get; set; }

    /// <summary>A capitalised word naming who or where ("Labour", "Kabul") that can tell two same-named facts apart.</summary>
    public string? Distinguisher { get; set; }

    /// <summary>The name that did what the number says, written just before its verb ("Biden earned 6"), or null.</summary>
    public string? Achiever { get; set; }

    /// <summary>A total fronted by "of" ("Of the 300 passengers, 12 were hurt") that the next figure counts out of.</summary>
    public bool IsFrontedTotal { get; set; }

    /// <summary>A bare figure placed by a name ("climbs to 3.3 million in Brazil"): a count though no noun follows.</summary>
    public bool IsPlacedCount { get; set; }

    /// <summary>The first figure of a revision ("rose from fourteen to 31").</summary>
    public bool IsEarlierFigure { get; set; }

    /// <summary>Written after a definite determiner ("all five deaths", "the two sides"): likely a figure already given.</summary>
    public bool IsDefinite { get; set; }

    public int EvidenceFirst { get; set; }

    public int EvidenceLast { get; set; }

    public QuantityCategory Category { get; set; } = QuantityCategory.Other;

    public string About { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    // Human ages run to about this; a larger bare figure is something else.
    internal const decimal MaxHumanAge = 120m;

    /// <summary>True when the value could be a person's age in years: a whole number from 1 to 120.</summary>
    public bool HasAgeLikeValue => Value is { } value && value >= 1m && value <= MaxHumanAge && value == decimal.Truncate(value);

    /// <summary>Counts what <paramref name="other"/> counts: its noun, the noun's modifiers and its unit.</summary>
    public void CountSameNounAs(QuantityMention other)
    {
        Head = other.Head;
        Modifiers = other.Modifiers;
        Unit = other.Unit;
        UnitKind = other.UnitKind;
    }

    /// <summary>Widens the evidence to token <paramref name="index"/>; a negative index (nothing found) is ignored.</summary>
    public void CoverEvidence(int index)
    {
        if (index < 0)
        {
            return;
        }

        if (index < EvidenceFirst)
        {
            EvidenceFirst = index;
        }

        if (index > EvidenceLast)
        {
            EvidenceLast = index;
        }
    }
}

/// <summary>What kind of unit a count has; the category rules branch on it.</summary>
internal enum UnitKind
{
    None,
    People,
    Time,
    Percent,
    Currency,
    Measure,
    Noun,
}
