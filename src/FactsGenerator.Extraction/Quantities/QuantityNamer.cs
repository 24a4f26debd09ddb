using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Gives each mention its plain-words <see cref="QuantityMention.About"/> and a PascalCase member name built
/// from what is counted and what happened (<c>PeacekeepersKilled</c>, <c>OffensiveDurationHours</c>).
/// Names are made unique within the document: exact figures claim names first, in text order; a later
/// clash adds a distinguishing word (the vague count, a modifier, a capitalised word of the sentence) and
/// only as a last resort a number.
/// </summary>
internal static class QuantityNamer
{
    public static void Name(List<QuantityMention> mentions)
    {
        foreach (var mention in mentions)
        {
            mention.About = AboutOf(mention);
            mention.Name = BaseName(mention);
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var exactFirst in new[] { true, false })
        {
            foreach (var mention in mentions)
            {
                if ((mention.Value is not null) == exactFirst)
                {
                    mention.Name = Unique(mention, taken, nextNumber);
                    taken.Add(FactClasses.ForCategory(mention.Category) + "." + mention.Name);
                }
            }
        }
    }

    // With an event but no counted noun ("killed twelve"), the words before the number name the killer or the
    // reporter, not the victims: the count is of people.
    private static string Subject(QuantityMention mention) =>
        mention.Head ?? SumPerUnit(mention) ?? mention.MeasuredNoun
        ?? (mention.Event is not null || (mention.Verb is { } verb && QuantityLexicon.IsPeopleVerb(verb)) ? "people" : mention.Subject ?? string.Empty);

    // What a sum per share may be: "earnings of 52 cents a share", "a dividend of 25 cents per share".
    private static readonly HashSet<string> PerShareSums = new(StringComparer.OrdinalIgnoreCase)
    {
        "earnings", "profit", "profits", "income", "loss", "losses", "dividend", "dividends", "result", "revenue", "sales",
    };

    // What else a sum per unit may be than a price: "The tax adds 5 pence a litre", "a levy of $2 a tonne".
    private static readonly HashSet<string> PerUnitCharges = new(StringComparer.OrdinalIgnoreCase)
    {
        "tax", "taxes", "duty", "duties", "levy", "levies", "tariff", "tariffs", "surcharge", "subsidy", "subsidies", "fee", "fees", "toll", "tolls",
    };

    // "earnings per share", "tax per litre", not "price per share/litre": a sum per unit keeps the noun of what the sum is.
    private static string? SumPerUnit(QuantityMention mention) =>
        mention.MeasuredNoun is { } measured && measured.StartsWith("price per ", StringComparison.Ordinal) && mention.Subject is { } sum
        && (PerUnitCharges.Contains(sum) || (measured == "price per share" && PerShareSums.Contains(sum)))
            ? sum.ToLowerInvariant() + measured.Substring("price".Length) : null;

    private static string? EventWord(QuantityMention mention)
    {
        if (mention.Event is not { } sense || !UnitCategoryClassifier.CountsPeople(mention))
        {
            return mention.Verb;
        }

        // "93 injured people", "asylum seekers" already say it in the modifier; "35 bodies", "refugees" in the noun.
        if (mention.Modifiers is { } modifiers && HasEventWord(modifiers))
        {
            return null;
        }

        // "victims died" says more than the noun: the victims are dead.
        return mention.Head is { } head && ((QuantityLexicon.TryEvent(head, out var headSense) && (headSense.Label == sense.Label || headSense.Label != "casualties"))
            || head.EndsWith("toll", StringComparison.OrdinalIgnoreCase)) ? null : sense.Label;
    }

    private static bool HasEventWord(string words)
    {
        foreach (var word in words.Split(' '))
        {
            if (QuantityLexicon.TryEvent(word, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static string AboutOf(QuantityMention mention)
    {
        var words = new List<string>();
        if (mention.IsAge)
        {
            Add(words, mention.Head ?? mention.MeasuredNoun ?? mention.Subject);
            words.Add("age");
        }
        else if (mention.UnitKind == UnitKind.Time && mention.Head is null)
        {
            // "time served", "sentence served", "strike duration": what the time was spent on, else the bare word.
            var noun = mention.MeasuredNoun ?? mention.Subject;
            if (mention.Activity is { } activity)
            {
                words.Add(noun ?? "time");
                words.Add(activity);
            }
            else if (mention.TimeOffset is { } offset)
            {
                // "time before", "time ago": how far an event lies from another, not how long something lasted.
                words.Add("time");
                words.Add(offset);
            }
            else
            {
                Add(words, noun);
                Add(words, mention.SubjectIsTheSpan && noun is not null ? null : "duration");
            }
        }
        else if (mention.Unit == "category")
        {
            words.Add("storm category");
        }
        else if (mention.Unit == "rank")
        {
            // "peaked at #4": the words around are the ranking's own ("ranking", "number", "top"), not what is ranked.
            words.Add("rank");
        }
        else
        {
            Add(words, mention.Head is not null ? mention.Modifiers : null);
            Add(words, Subject(mention));
            Add(words, EventWord(mention));
            // "Shares rose 6%": a subject that already names shares needs no second "share".
            if (mention.UnitKind == UnitKind.Percent && !NamesShares(words))
            {
                words.Add("share");
            }
        }

        // "45 kilometers per hour": the unit as the text writes it, which a reader searches for, not only its symbol.
        var written = mention.UnitKind == UnitKind.Measure ? WrittenUnit(mention) : null;
        if (words.Count == 0)
        {
            words.Add(written ?? mention.Unit ?? "figure");
        }
        else if (written is not null && !(mention.Unit ?? string.Empty).StartsWith(written, StringComparison.OrdinalIgnoreCase) && !ContainsWord(words, written))
        {
            words.Add("in");
            words.Add(written);
        }

        return string.Join(" ", words);
    }

    // Any word of the name, not only the last, may already say "share" ("shares traded", "market share gain").
    private static bool NamesShares(List<string> words)
    {
        foreach (var w in words)
        {
            if (w.EndsWith("shares", StringComparison.OrdinalIgnoreCase) || w.EndsWith("share", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(List<string> words, string word)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "inr per tonne": the currency alone, as the price's "per tonne" is already in its name ("PricePerTonneInr").
    private static string CurrencyOf(string? unit) => PricedUnit.Split(unit).Currency ?? string.Empty;

    /// <summary>The measure's unit words as written after the number ("kilometers per hour", "square feet"); null when it is a sign.</summary>
    private static string? WrittenUnit(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var builder = new StringBuilder();
        var last = System.Math.Min(mention.EvidenceLast, mention.Number.Last + 4);
        for (var k = mention.Number.Last + 1; k <= last; k++)
        {
            var token = tokens[k];
            var unitWord = token.IsWord && (QuantityLexicon.TryMeasureUnit(token.Text, out _) || QuantityLexicon.TryMeasureSymbol(token.Text, out _)
                || token.Text.ToLowerInvariant() is "square" or "sq" or "cubic" or "per" or "an" or "hour" or "second" or "light" or "years");
            // "light-years", "km/h": a joining sign inside the unit keeps it one.
            if (builder.Length > 0 && (token.IsSymbol('-') || token.IsSymbol('/')) && k < last && !tokens[k + 1].SpaceBefore)
            {
                builder.Append(token.Text);
                continue;
            }

            var afterJoiner = builder.Length > 0 && (builder[builder.Length - 1] == '-' || builder[builder.Length - 1] == '/');
            if (!unitWord && !(afterJoiner && token.IsWord))
            {
                if (builder.Length > 0 || token.IsWord)
                {
                    break;
                }

                continue;
            }

            var joined = builder.Length > 0 && (builder[builder.Length - 1] == '-' || builder[builder.Length - 1] == '/');
            builder.Append(builder.Length == 0 || joined ? string.Empty : " ").Append(token.Text);
        }

        var text = builder.ToString().TrimEnd('-', '/');
        return text.Length == 0 || text is "per" or "an" ? null : text;
    }

    private static string BaseName(QuantityMention mention)
    {
        var words = new List<string>();
        if (mention.IsAge)
        {
            Add(words, mention.Head ?? mention.MeasuredNoun ?? mention.Subject);
            words.Add("age");
            Add(words, mention.Unit == "years" ? null : mention.Unit);
        }
        else if (mention.UnitKind == UnitKind.Time && mention.Head is null)
        {
            var noun = mention.MeasuredNoun ?? mention.Subject;
            Add(words, noun);
            if (noun is null && mention.Activity is not null)
            {
                // "lived there for 40 years": YearsLived reads as the time lived; LivedYears reads as a kind of years.
                Add(words, mention.Unit);
                words.Add(mention.Activity);
            }
            else
            {
                // "served six years of the sentence": SentenceServedYears; "six years of the campaign": CampaignDurationYears.
                Add(words, mention.Activity ?? (noun is not null && !mention.SubjectIsTheSpan ? "duration" : null));
                Add(words, mention.Unit);
                Add(words, mention.TimeOffset);
            }
        }
        else if (mention.Unit == "magnitude")
        {
            Add(words, mention.Head ?? mention.MeasuredNoun);
            words.Add("magnitude");
        }
        else if (mention.Unit == "rank")
        {
            words.Add("rank");
        }
        else if (mention.Unit == "category")
        {
            // A storm's category says what it measures on its own: whatever noun follows, it is the storm's.
            words.Add("storm");
            words.Add("category");
        }
        else
        {
            Add(words, mention.Head is not null ? CompoundModifier(mention.Modifiers) : null);
            Add(words, Subject(mention));
            // "1,500 hectares of forest" reads better as ForestHectares than with the verb that reached it.
            Add(words, mention.UnitKind == UnitKind.Measure && mention.Head is null ? null : EventWord(mention));
            if (mention.UnitKind == UnitKind.Percent)
            {
                words.Add("percent");
            }
            else if (mention.UnitKind == UnitKind.Measure && mention.Head is null && !string.Equals(Subject(mention), mention.Unit, StringComparison.OrdinalIgnoreCase))
            {
                words.Add(mention.Unit ?? string.Empty);
            }
            else if (mention.UnitKind == UnitKind.Currency && mention.Head is null)
            {
                words.Add(Subject(mention).Length == 0 ? "amount" : string.Empty);
                words.Add(CurrencyOf(mention.Unit));
            }
        }

        if (words.Count == 0 || string.Join(string.Empty, words).Length == 0)
        {
            words.Add(mention.Unit is null or "items" ? "figure" : mention.Unit);
        }

        if (mention.IsEarlierFigure)
        {
            words.Add("earlier");
        }

        var name = Identifier.ToPascalCase(string.Join(" ", words));

        // "Population.Population" or "Figures.People" would repeat a class name of the generated library.
        if (name == FactClasses.ForCategory(mention.Category) || (name == FactClasses.People && mention.Category == QuantityCategory.Population))
        {
            return "Total";
        }

        return name == FactClasses.People ? "PeopleCount" : name;
    }

    // "security forces" → "security"; "ethnic Hungarian residents" → nothing (a proper modifier is not a kind).
    private static string? CompoundModifier(string? modifiers)
    {
        if (modifiers is null)
        {
            return null;
        }

        // "2 m distance": the unit already shows in the figure.
        var last = modifiers.Substring(modifiers.LastIndexOf(' ') + 1);
        return last.Length > 0 && char.IsLower(last[0]) && last.IndexOf('-') < 0 && !QuantityLexicon.TryMeasureUnit(last, out _) && !QuantityLexicon.TryTimeUnit(last, out _) ? last : null;
    }

    private static void Add(List<string> words, string? word)
    {
        if (!string.IsNullOrEmpty(word))
        {
            words.Add(word!);
        }
    }

    private static string Unique(QuantityMention mention, HashSet<string> taken, Dictionary<string, int> nextNumber)
    {
        var prefix = FactClasses.ForCategory(mention.Category) + ".";
        var name = mention.Name;
        if (!taken.Contains(prefix + name))
        {
            return name;
        }

        foreach (var word in DistinguishingWords(mention))
        {
            var candidate = Identifier.ToPascalCase(word);
            if (name.IndexOf(candidate, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var prefixed = word.Length > 0 && char.IsUpper(word[0]) ? name + candidate : candidate + name;
            if (!taken.Contains(prefix + prefixed))
            {
                return prefixed;
            }
        }

        // Remember where numbering stopped so a document with many equal names stays linear.
        var n = nextNumber.TryGetValue(prefix + name, out var start) ? start : 2;
        for (; ; n++)
        {
            var numbered = name + n.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(prefix + numbered))
            {
                nextNumber[prefix + name] = n + 1;
                return numbered;
            }
        }
    }

    // Lowercase words become prefixes ("RemainingResidents"), capitalised ones suffixes ("SeatsLostLabour").
    private static IEnumerable<string> DistinguishingWords(QuantityMention mention)
    {
        if (mention.Modifiers is { } modifiers)
        {
            var first = modifiers.Split(' ')[0];
            if (first.Length > 0 && char.IsLower(first[0]))
            {
                yield return first;
            }
        }

        if (mention.Value is null)
        {
            yield return VagueWord(mention);
        }

        if (mention.Distinguisher is { } distinguisher)
        {
            yield return distinguisher;
        }

        if (mention.Verb is { } verb)
        {
            yield return verb;
        }
    }

    private static string VagueWord(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var builder = new StringBuilder();
        for (var k = mention.Number.First; k <= mention.Number.Last; k++)
        {
            builder.Append(k == mention.Number.First ? string.Empty : " ").Append(tokens[k].Text.ToLowerInvariant());
        }

        return builder.ToString();
    }
}
