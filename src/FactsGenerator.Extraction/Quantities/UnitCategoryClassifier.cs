using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Decides a mention's category and final unit. Order matters: an age is never a duration, an event
/// (killed, fled) outranks what the counted people are (soldiers, residents), money and time come next,
/// then who is counted (residents: population; troops: military).
/// </summary>
internal static class UnitCategoryClassifier
{
    // A crowd this large, counted without anything happening to it, is a population figure.
    private const decimal PopulationThreshold = 10_000m;

    public static void Classify(QuantityMention mention)
    {
        mention.Category = CategoryOf(mention);
        mention.Unit = TwoWordUnits.Refine(mention, UnitOf(mention));
    }

    private static QuantityCategory CategoryOf(QuantityMention mention)
    {
        if (mention.IsAge)
        {
            return QuantityCategory.Other;
        }

        // "nearly half of the residents fled": a share of people that something happened to is that event's figure too.
        if (mention.Event is { } sense && (CountsPeople(mention) || (mention.UnitKind == UnitKind.Percent && mention.Head is { } shared && QuantityLexicon.IsPeopleLike(shared))))
        {
            return sense.Category;
        }

        // "11 towns had been evacuated", "500,000 homes evacuated": a place emptied is a count of its displaced people.
        if (mention.Event is { Label: "evacuated" } && mention.Head is { } emptied && IsEmptiedPlace(emptied))
        {
            return QuantityCategory.Displacement;
        }

        // "all but one victim was found": a victim is a casualty even when the verb says nothing of harm.
        if (mention.Head is { } victim && victim.Equals("victim", System.StringComparison.OrdinalIgnoreCase))
        {
            return QuantityCategory.Casualties;
        }

        // "the gunman shot four people", "two officers were shot": people shot are hurt or killed ("shot a film", "shot
        // 68" in golf count no people).
        if (mention.Event is null && string.Equals(mention.Verb, "shot", System.StringComparison.OrdinalIgnoreCase) && mention.Head is { } target
            && QuantityLexicon.IsPeopleLike(target))
        {
            return QuantityCategory.Casualties;
        }

        if (mention.UnitKind == UnitKind.Percent && IsDeathRate(mention))
        {
            return QuantityCategory.Casualties;
        }

        switch (mention.UnitKind)
        {
            case UnitKind.Currency:
                return QuantityCategory.Money;
            case UnitKind.Time:
                return QuantityCategory.Duration;
        }

        // "cut its fiscal deficit to 3.3% of GDP": a deficit or a debt as a share of output is money.
        if (mention.UnitKind == UnitKind.Percent && DebtShareCategory.IsDebtShare(mention))
        {
            return QuantityCategory.Money;
        }

        var head = mention.Head;

        // "a population of 12,000", "inhabitants number 5,000".
        // ("40 miles from town" after "900 people" measures a distance, whatever noun stands before it.)
        if (head is null && mention.Subject is { } subject && QuantityLexicon.IsPopulationNoun(subject) && mention.Verb is null && mention.UnitKind != UnitKind.Measure)
        {
            return QuantityCategory.Population;
        }

        // "Kyiv, home to nearly 3 million": a headless figure of the people a place has.
        if (head is null && mention.LivesThere)
        {
            return QuantityCategory.Population;
        }

        if (head is null)
        {
            return mention.MeasuredNoun is { } measured && IsMilitaryThing(measured, mention) ? QuantityCategory.Military : QuantityCategory.Other;
        }

        if (mention.LivesThere || IsSettlementSize(mention) || IsEnrolment(mention) || (QuantityLexicon.IsPopulationNoun(head) && !IsPlainPeople(head) && (!IsActedOnOrActing(mention) || IsPlacesOwn(mention)))
            || (IsPlainPeople(head) && mention.Verb is null && mention.Value >= PopulationThreshold && !IsActedOnOrActing(mention) && IsPlaceSizeFrame(mention)))
        {
            return QuantityCategory.Population;
        }

        if (IsMilitaryThing(head, mention) || (mention.MeasuredNoun is { } noun && IsMilitaryThing(noun, mention)) || HasMilitaryModifier(mention.Modifiers))
        {
            return QuantityCategory.Military;
        }

        // "one million Sudanese are on the brink of starvation": the hungry of a famine are a population (troops stay military).
        if ((QuantityLexicon.IsPeopleLike(head) || IsDemonymPlural(head)) && HungerPopulation.IsHungerCount(mention))
        {
            return QuantityCategory.Population;
        }

        // "9,000 migrants were apprehended": people on the move across a border are counted like refugees.
        if (MigrantDisplacement.IsMigrantCount(mention, head))
        {
            return QuantityCategory.Displacement;
        }

        return QuantityCategory.Other;
    }

    /// <summary>
    /// Casualty and displacement events count people: "flee the ten-storey building" is no displacement of storeys,
    /// "the killing of 300,000 pigs" no casualty figure.
    /// </summary>
    public static bool CountsPeople(QuantityMention mention)
    {
        if (mention.UnitKind is not (UnitKind.None or UnitKind.People or UnitKind.Noun) || mention.IsAge)
        {
            return false;
        }

        var head = mention.Head;
        return head is null || QuantityLexicon.IsPeopleLike(head) || IsDemonymPlural(head)
            || EventWords.IsEventNoun(head) || char.IsUpper(head[0]) || head.EndsWith("toll", System.StringComparison.OrdinalIgnoreCase);
    }

    // Craft that fly or sail for rescuers, airlines and police as much as for armies.
    private static readonly System.Collections.Generic.HashSet<string> CivilianCraft = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "aircraft", "helicopters", "helicopter", "jets", "drones", "vessels",
    };

    // Words of war and attack that make craft in the same sentence an armed force's.
    private static readonly System.Collections.Generic.HashSet<string> ArmedForceWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "war", "airstrike", "airstrikes", "strike", "strikes", "struck", "bombed", "bombing", "attack", "attacks", "attacked", "defence", "defense",
    };

    /// <summary>
    /// Troops, warships and tanks are military anywhere; "three helicopters" only in a sentence that speaks of an armed
    /// force ("army helicopters", "helicopters struck the base", "troops and three helicopters").
    /// </summary>
    private static bool IsMilitaryThing(string noun, QuantityMention mention)
    {
        if (!QuantityLexicon.IsMilitaryNoun(noun))
        {
            return false;
        }

        if (!CivilianCraft.Contains(noun))
        {
            return true;
        }

        foreach (var token in mention.Sentence.Tokens)
        {
            if (token.IsWord && !CivilianCraft.Contains(token.Text) && (QuantityLexicon.IsMilitaryModifier(token.Text) || QuantityLexicon.IsMilitaryNoun(token.Text)
                || ArmedForceWords.Contains(token.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMilitaryModifier(string? modifiers)
    {
        if (modifiers is null)
        {
            return false;
        }

        foreach (var word in modifiers.Split(' '))
        {
            if (QuantityLexicon.IsMilitaryModifier(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "cut power to 38,000 people", "four million people overall took part": a crowd that receives something
    /// or does something is the figure of that act, not the number of people living somewhere.
    /// </summary>
    private static bool IsActedOnOrActing(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var before = mention.EvidenceFirst - 1;
        if (before >= 0 && tokens[before].Text.ToLowerInvariant() is "to" or "for" or "among" or "with" or "by" or "from" or "affecting" or "affected")
        {
            return true;
        }

        // The counted word sits right after the number; allow one adverb between it and a past verb.
        var head = mention.Number.Last + 1;
        for (var k = head + 1; k <= head + 2 && k < tokens.Count && tokens[k].IsWord; k++)
        {
            if (TokenWindow.IsPastVerb(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "town", "city", "village", "hamlet", "suburb", "municipality", "community", "county", "borough", "district", "province",
        "state", "region", "island", "nation", "country", "republic", "kingdom", "territory", "archipelago", "enclave",
    };

    /// <summary>"a town of", "the island of": <paramref name="of"/> is "of" after a lower-case settlement noun ("town", "village", "republic").</summary>
    public static bool IsOfAfterSettlement(IReadOnlyList<Text.Token> tokens, int of) =>
        TokenWindow.IsAt(tokens, of, "of") && of > 0 && tokens[of - 1].IsWord && !tokens[of - 1].IsCapitalized && SettlementNouns.Contains(tokens[of - 1].Text);

    /// <summary>
    /// "a town of 3,100 people", "the island of 900 inhabitants": people after a settlement and "of" are how many live
    /// there, however few, unless something happens to them ("the village of 300 residents was evacuated").
    /// </summary>
    private static bool IsSettlementSize(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var of = mention.EvidenceFirst - 1;
        return mention.Event is null && mention.Head is { } head && (QuantityLexicon.IsPopulationNoun(head) || IsPlainPeople(head))
            && IsOfAfterSettlement(tokens, of);
    }

    /// <summary>
    /// "twelve villages were evacuated", "500,000 homes evacuated": settlements and homes are emptied of their people, so
    /// counting them counts a displacement; other things evacuated ("evacuated 30 paintings") are not.
    /// </summary>
    private static bool IsEmptiedPlace(string head)
    {
        var singular = head.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? head.Substring(0, head.Length - 1) : head;
        return SettlementNouns.Contains(singular) || head.ToLowerInvariant() is "homes" or "houses" or "households" or "communities" or "cities";
    }

    /// <summary>
    /// "the city's 800,000 residents", "its 300 villagers": a place's own residents are its population, whatever
    /// happens to them; "600 villagers were airlifted" without it counts those airlifted.
    /// </summary>
    private static bool IsPlacesOwn(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var before = mention.EvidenceFirst - 1;
        return before >= 0 && tokens[before].Text.ToLowerInvariant() is "'s" or "its" or "whose";
    }

    /// <summary>
    /// "the school's 800 students", "the city's 47,000 pupils", "its 50,000 students": the students a school, a district or
    /// a place has are its population (its enrolment), like a town's residents. Students something happens to ("800
    /// students were evacuated") keep that event, tested first; students without an owner ("4,000 students marched")
    /// count the act.
    /// </summary>
    private static bool IsEnrolment(QuantityMention mention)
    {
        if (mention.Event is not null || mention.Head is not { } head || !StudentNouns.Contains(head) || !IsPlacesOwn(mention))
        {
            return false;
        }

        var tokens = mention.Sentence.Tokens;
        var mark = mention.EvidenceFirst - 1;
        if (tokens[mark].Text is not ("'s" or "’s"))
        {
            return true; // "its", "whose": the owner is the clause's school or place
        }

        // "the school's", "the district's": an institution or a place; "the teacher's 30 students" and "Smith's 30 students"
        // are a class.
        var owner = mark - 1;
        return owner >= 0 && tokens[owner].IsWord && (SettlementNouns.Contains(tokens[owner].Text) || SchoolNouns.Contains(tokens[owner].Text));
    }

    private static readonly HashSet<string> StudentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "students", "pupils", "schoolchildren", "undergraduates", "learners",
    };

    private static readonly HashSet<string> SchoolNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "school", "university", "college", "academy", "campus", "institute", "polytechnic", "seminary",
    };

    /// <summary>
    /// "the mortality rate was 40%", "a death rate of 6% to 11%", "fatality rates of 2%, 5% and 9%": a share of people
    /// who died is a casualty figure. The nearest rate named before the figure in its sentence is the one it states,
    /// so "the death rate fell while the jobless rate reached 8%" leaves the 8% alone.
    /// </summary>
    private static bool IsDeathRate(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        for (var k = mention.Number.First - 1; k > 0; k--)
        {
            if (tokens[k].Is("rate") || tokens[k].Is("rates"))
            {
                var kind = tokens[k - 1].IsSymbol('-') && k > 1 ? tokens[k - 2] : tokens[k - 1];
                return kind.IsWord && kind.Text.ToLowerInvariant() is "mortality" or "death" or "fatality";
            }
        }

        return false;
    }

    private static bool IsCountedAct(string head) => head.ToLowerInvariant() is "murders" or "killings" or "homicides" or "shootings" or "stabbings";

    private static bool IsProportionNoun(string head) => head.ToLowerInvariant() is "majority" or "majorities" or "part" or "parts" or "supermajority";

    // "a country of 40 million people", "the region has 2 million people", "2% of the population, or 24,000 people",
    // and a sentence opening with the figure: frames that size a place. "the firm employs 12,000 people" or "aid
    // reached 60,000 people" size no place. ("with" is no such frame: IsActedOnOrActing, tested first, takes it as
    // people something is done with.)
    private static bool IsPlaceSizeFrame(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var before = mention.EvidenceFirst - 1;
        return before < 0 || tokens[before].IsSymbol(',') || tokens[before].IsSymbol('(') || tokens[before].IsSymbol('"')
            || (tokens[before].IsWord && tokens[before].Text.ToLowerInvariant() is "of" or "or" or "has" or "have" or "had" or "'s" or "’s" or "its" or "their" or "totals" or "totalled" or "totaled");
    }

    private static bool IsPlainPeople(string head) => head.ToLowerInvariant() is "people" or "persons";

    private static string UnitOf(QuantityMention mention)
    {
        if (mention.IsAge)
        {
            return mention.Unit ?? "years";
        }

        if (mention.Unit is { } unit && mention.UnitKind is not UnitKind.Noun)
        {
            return unit;
        }

        if (mention.MeasuredNoun is not null && mention.Unit is { } adjectival)
        {
            return adjectival;
        }

        if (mention.Head is { } head)
        {
            // "a two-thirds majority", "a tenth part": the fraction names a proportion of a whole, not a count of majorities.
            if (mention.Number.Form == Numbers.NumberForm.Fraction && mention.Value < 1m && IsProportionNoun(head))
            {
                return "fraction";
            }

            // "eight murders": a casualty figure that counts the acts, not the people.
            if (IsCountedAct(head))
            {
                return head.ToLowerInvariant();
            }

            // "1,700 job cuts", "300 job losses": the jobs are what is counted.
            if (head.ToLowerInvariant() is "cuts" or "losses" && mention.Modifiers is { } jobWords
                && (jobWords.Equals("job", StringComparison.OrdinalIgnoreCase) || jobWords.EndsWith(" job", StringComparison.OrdinalIgnoreCase)))
            {
                return "jobs";
            }

            // "186 homeless families", "40 households": a home counts as one however many live in it, so its unit is its own
            // (it still takes the category of what happened to its people).
            if (head.ToLowerInvariant() is "families" or "family" or "households" or "household")
            {
                return CountedPhraseReader.Plural(head.ToLowerInvariant());
            }

            if (QuantityLexicon.IsPeopleNoun(head) || IsDemonymPlural(head) || IsPluralOfMan(head) || (mention.Event is not null && CountsPeople(mention))
                || (mention.Value == 1m && QuantityLexicon.IsSingularMemberWord(head)))
            {
                return "people";
            }

            // "several State buildings", "dozens of homes": a vague count of things keeps its noun as unit, as an exact one
            // does (news annotators, tune44: 47 such counts in 40 articles against 8 in items in 7).
            if (mention.Value is null && mention.Qualifier == Qualifier.Vague)
            {
                // A head that is a name ("several London and Paris concerts") or another vague count ("several hundreds")
                // is not what is counted, so that stays items.
                if (char.IsUpper(head[0]) || CrowdReader.IsCrowdCount(head))
                {
                    return "items";
                }

                // "Hundreds gathered outside", "Thousands lost homes", "poor Indians hardest": the word read as the vague
                // count's noun is an adverb, an object or a singular ("outsides", "homes", "hardests"), not what was
                // counted, so the count is read as one with no noun.
                if (IsNounPastCrowdCount(mention) || NounPhraseReader.IsSingularCommonWord(head))
                {
                    return UnitWithoutNoun(mention);
                }
            }

            return QuantityLexicon.CanonicalCountedUnit(CountedPhraseReader.Plural(head.ToLowerInvariant()));
        }

        return UnitWithoutNoun(mention);
    }

    // A figure with no noun counts people when something happened to them, they live somewhere or a verb of people tells of them.
    private static string UnitWithoutNoun(QuantityMention mention) =>
        mention.Event is not null || mention.LivesThere || (mention.Subject is { } subject && QuantityLexicon.IsPopulationNoun(subject))
        || (mention.Verb is { } verb && QuantityLexicon.IsPeopleVerb(verb)) ? "people" : "items";

    /// <summary>
    /// "Hundreds gathered outside", "Thousands lost homes": a plural crowd count ("dozens", "hundreds", "tens of
    /// thousands") names what it counts after "of" ("hundreds of homes") or after "more" ("thousands more homes"); a word
    /// right after it opens the clause's verb, so a noun read past it is not what is counted.
    /// </summary>
    private static bool IsNounPastCrowdCount(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var last = mention.Number.Last;
        return TokenWindow.IsWordAt(tokens, last) && CrowdReader.IsCrowdCount(tokens[last].Text) && TokenWindow.IsWordAt(tokens, last + 1)
            && !tokens[last + 1].Is("of") && !tokens[last + 1].Is("more");
    }

    // Nouns in "-men" that are one thing, not a plural of "-man" ("three specimens" is their plural).
    private static readonly HashSet<string> SingularNounsInMen = new(StringComparer.OrdinalIgnoreCase)
    {
        "specimen", "abdomen", "regimen", "stamen", "acumen", "albumen", "bitumen", "cerumen", "dolmen", "foramen", "gravamen",
        "cognomen", "agnomen", "putamen", "duramen", "tegmen", "lumen", "rumen", "semen", "hymen", "omen", "amen", "ramen",
    };

    /// <summary>
    /// "dozens of linemen", "five cameramen": a plural of a "-man" compound counts people, whether or not the people list
    /// knows the word; pluralised again as a noun it would read "linemens".
    /// </summary>
    private static bool IsPluralOfMan(string head) =>
        head.Length > 4 && char.IsLower(head[0]) && head.EndsWith("men", StringComparison.Ordinal) && !SingularNounsInMen.Contains(head);

    // "five Americans", "1.7 million Hongkongers", "Democrats": capitalised groups of people.
    internal static bool IsDemonymPlural(string head) =>
        (head.Length > 3 && char.IsUpper(head[0]) && head.EndsWith("s", System.StringComparison.Ordinal) && !head.EndsWith("ss", System.StringComparison.Ordinal)) ||
        head.Length > 3 && char.IsUpper(head[0]) && (head.EndsWith("ans", System.StringComparison.Ordinal) || head.EndsWith("ese", System.StringComparison.Ordinal)
            || head.EndsWith("is", System.StringComparison.Ordinal));
}
