using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "Rs" and a bare "cents" name the money of the country the article is about: "Rs500,000" in a story from Lahore is
/// Pakistani rupees, "412 cents" in one from Johannesburg South African cents. The sentence readers give them the
/// commonest reading (Indian rupees, US cents); this pass swaps it for the local currency when the article's places
/// clearly lie in one such country. A currency written out ("Indian rupees", "US cents", "₹", "INR") stays. A bare "$"
/// likewise is the local dollar in a story from a dollar country other than the United States ("$35" from Winnipeg is
/// Canadian); "US$", "C$" and "A$" say which dollar they are.
/// </summary>
internal static class LocalCurrency
{
    // Countries whose money newspapers write "Rs" or "rupees" without the country.
    private static readonly (string Country, string Code)[] RupeeCountries =
    {
        ("Pakistan", "pkr"), ("Sri Lanka", "lkr"), ("Nepal", "npr"), ("Mauritius", "mur"), ("Seychelles", "scr"),
    };

    // Countries whose hundredth part is called cents and whose main unit is no dollar (a dollar country's "$" is read
    // as usd, so its cents stay usd too).
    private static readonly (string Country, string Code)[] CentCountries =
    {
        ("South Africa", "zar"), ("Kenya", "kes"), ("Uganda", "ugx"), ("Tanzania", "tzs"), ("Sri Lanka", "lkr"),
    };

    // Countries that write their own dollar "$".
    private static readonly (string Country, string Code)[] DollarCountries =
    {
        ("Canada", "cad"), ("Australia", "aud"), ("New Zealand", "nzd"), ("Singapore", "sgd"), ("Hong Kong", "hkd"),
        ("Jamaica", "jmd"), ("Fiji", "fjd"), ("Namibia", "nad"), ("Liberia", "lrd"), ("Bahamas", "bsd"),
        ("Trinidad and Tobago", "ttd"), ("Guyana", "gyd"), ("Belize", "bzd"), ("Barbados", "bbd"),
    };

    public static void Apply(List<QuantityMention> mentions, AnalyzedText text, EntitySet entities)
    {
        string? country = null;
        var countryRead = false;
        QuantityMention? previous = null;
        foreach (var mention in mentions)
        {
            // "inr per tonne": a price keeps what it is per after the local code.
            var (code, priced) = PricedUnit.Split(mention.Unit);
            var rupees = code == "inr" && IsBareRupee(mention);
            var cents = code == "usd" && IsBareCents(mention);
            var dollars = code == "usd" && IsBareDollarSign(mention) && !IsConversionOf(previous, mention);
            previous = mention;
            if (!rupees && !cents && !dollars)
            {
                continue;
            }

            if (!countryRead)
            {
                country = ArticleCountry(text, entities);
                countryRead = true;
            }

            if (country is not null && Lookup(rupees ? RupeeCountries : dollars ? DollarCountries : CentCountries, country) is { } local)
            {
                mention.Unit = local + priced;
            }
        }
    }

    // Regions split between two countries ("Punjab" is a province of Pakistan and a state of India): they say nothing.
    private static readonly HashSet<string> SharedRegions = new(StringComparer.OrdinalIgnoreCase) { "Punjab", "Kashmir", "Bengal" };

    /// <summary>
    /// The country of the dateline ("LAHORE:", "JOHANNESBURG (Reuters) -"), where the story was filed; without one, the
    /// country most of the article's place mentions lie in (a country counts for itself), when it has at least two
    /// mentions and more than any other country; null when no country stands out.
    /// </summary>
    private static string? ArticleCountry(AnalyzedText text, EntitySet entities)
    {
        if (Dateline(text, entities) is { } dateline && !SharedRegions.Contains(dateline)
            && (PlaceGazetteer.Instance.TryFind(dateline, out var filed) || PlaceGazetteer.Instance.TryFindTown(dateline, out filed)))
        {
            return filed.Country;
        }

        // A list, not a dictionary, so the order never depends on hashing.
        var counts = new List<(string Country, int Mentions)>();
        foreach (var place in entities.Places)
        {
            if (SharedRegions.Contains(place.Name)
                || (!PlaceGazetteer.Instance.TryFind(place.Name, out var known) && !PlaceGazetteer.Instance.TryFindTown(place.Name, out known)))
            {
                continue;
            }

            Count(counts, known.Country, Math.Max(place.Mentions, 1));
        }

        // "the Winnipeg School Division", "Lahore High Court": a body named after a place lies in that place's country.
        foreach (var body in entities.Organizations)
        {
            var space = body.Name.IndexOf(' ');
            var first = space > 0 ? body.Name.Substring(0, space) : null;
            if (first is not null && (PlaceGazetteer.Instance.TryFind(first, out var home) || PlaceGazetteer.Instance.TryFindTown(first, out home)))
            {
                Count(counts, home.Country, Math.Max(body.Mentions, 1));
            }
            else if (first is not null && PlaceGazetteer.Instance.CountryOfDemonym(first) is { } nation)
            {
                // "the Nepali Congress", "Kenyan Airways": a body named by its nation's adjective.
                Count(counts, nation, Math.Max(body.Mentions, 1));
            }
            else if (CountryAfterOf(body.Name) is { } owner)
            {
                // "Commonwealth Bank of Australia", "Reserve Bank of India": a national body named "X of Country".
                Count(counts, owner, Math.Max(body.Mentions, 1));
            }
        }

        string? best = null;
        int top = 0, second = 0;
        foreach (var (name, n) in counts)
        {
            if (n > top)
            {
                second = top;
                top = n;
                best = name;
            }
            else if (n > second)
            {
                second = n;
            }
        }

        return top >= 2 && top > second ? best : null;
    }

    // The country a body's name ends with after " of " ("Bank of Canada": Canada), only when it names a whole country.
    private static string? CountryAfterOf(string name)
    {
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of < 0)
        {
            return null;
        }

        var tail = name.Substring(of + 4);
        return PlaceGazetteer.Instance.TryFind(tail, out var place) && place.Country == tail ? tail : null;
    }

    private static void Count(List<(string Country, int Mentions)> counts, string country, int weight)
    {
        var index = counts.FindIndex(c => c.Country == country);
        if (index < 0)
        {
            counts.Add((country, weight));
        }
        else
        {
            counts[index] = (country, counts[index].Mentions + weight);
        }
    }

    // The place that opens the first sentence of the body, or null.
    private static string? Dateline(AnalyzedText text, EntitySet entities)
    {
        foreach (var sentence in text.BodySentences)
        {
            if (sentence.Tokens.Count == 0)
            {
                return null;
            }

            // "LAHORE:", "MANILA, Philippines —", "NAIROBI (Reuters) -": a mark follows the place ("Kenya's president" is no dateline).
            var first = entities.MentionAt(sentence.Tokens[0].Start);
            var after = first is null ? -1 : sentence.Tokens.Count - 1;
            for (var k = 0; first is not null && k < sentence.Tokens.Count; k++)
            {
                if (sentence.Tokens[k].Start >= first.End)
                {
                    after = k;
                    break;
                }
            }

            return first is { Kind: EntityKind.Place } && after > 0 && sentence.Tokens[after].Text is ":" or "(" or "," or "-" or "\u2014" or "\u2013"
                ? first.Name : null;
        }

        return null;
    }

    private static string? Lookup((string Country, string Code)[] table, string country)
    {
        foreach (var (name, code) in table)
        {
            if (name == country)
            {
                return code;
            }
        }

        return null;
    }

    // "Rs500,000", "Rs 2 crore", "Rs. 40", "300 rupees": the rupee with no country, no "₹" and no "INR".
    private static bool IsBareRupee(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var first = mention.Number.First;
        var written = tokens[first].Text.StartsWith("Rs", StringComparison.Ordinal)
            || (first > 0 && (tokens[first - 1].Is("Rs") || (tokens[first - 1].Text == "." && first > 1 && tokens[first - 2].Is("Rs"))));
        for (var k = mention.Number.Last + 1; !written && k <= mention.Number.Last + 2 && k < tokens.Count; k++)
        {
            written = tokens[k].Is("rupees") || tokens[k].Is("rupee");
            if (written && tokens[k - 1].Is("Indian"))
            {
                return false;
            }
        }

        return written;
    }

    // "412 cents", "150 cents a share": cents with no dollar sign and no country before them.
    private static bool IsBareCents(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var next = mention.Number.Last + 1;
        return next < tokens.Count && (tokens[next].Is("cents") || tokens[next].Is("cent"))
            && !(mention.Number.First > 0 && tokens[mention.Number.First - 1].Kind == TokenKind.Symbol);
    }

    // "$35", "$ 1.2 million": the sign alone, with no country letters glued before it ("US$", "C$") or standing before it
    // ("US $200").
    private static bool IsBareDollarSign(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var first = mention.Number.First;
        if (tokens[first].Text.StartsWith("$", StringComparison.Ordinal))
        {
            return first == 0 || !IsCountryLetters(tokens[first - 1]);
        }

        // "$US125,000", "$A20": letters glued after the sign name the dollar.
        return first > 0 && tokens[first - 1].Text == "$" && tokens[first].IsNumber && (first == 1 || !IsCountryLetters(tokens[first - 2]));
    }

    /// <summary>
    /// "a penalty of S$6m ($4.8m)", "R2,500 ($140)": a dollar sum in brackets right after a sum in another currency
    /// converts it for readers abroad, into US dollars, even in a story from another dollar country.
    /// </summary>
    private static bool IsConversionOf(QuantityMention? previous, QuantityMention mention)
    {
        if (previous is null || previous.Sentence != mention.Sentence || previous.UnitKind != UnitKind.Currency
            || previous.Unit is null or "usd")
        {
            return false;
        }

        var tokens = mention.Sentence.Tokens;
        var open = mention.Number.First - 1;
        if (open >= 0 && tokens[open].Text == "$")
        {
            open--;
        }

        // The bracket opens at most two tokens after the other sum's figure ("5 million rand ($270,000)").
        return open >= 0 && tokens[open].IsSymbol('(') && open > previous.Number.Last && open - previous.Number.Last <= 3;
    }

    private static bool IsCountryLetters(Token token) => token.Text is "US" or "U.S." or "USD";
}
