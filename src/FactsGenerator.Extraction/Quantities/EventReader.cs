using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Reads what happened to the counted things after their noun phrase: a participle ("personnel killed"), an
/// auxiliary chain ("were killed", "have taken refuge"), a prepositional phrase in between ("in the region were
/// killed") or an event closing a list of figures ("150 soldiers, 95 civilians and hundreds of fighters killed").
/// </summary>
internal static class EventReader
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "later", "all", "now",
        "still", "feared", "believed", "confirmed", "reported", "thought", "presumed", "left", "to", "allegedly", "initially",
        "had", "already", "since", "apparently", "who", "that", "say", "said", "subsequently", "then", "being", "got", "became",
        "remain", "remained", "remains", "either", "both", "more", "listed",
        // Modals and the other verbs that carry an event without changing it: "may have been killed", "will be evacuated",
        // "went missing", "have so far been confirmed dead".
        "may", "might", "could", "would", "will", "should", "must", "can", "cannot", "went", "go", "gone", "so", "far", "likely", "expected",
    };

    // Where the counted people were, said between them and what happened to them.
    private static readonly HashSet<string> PlaceAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "aboard", "onboard", "inside", "indoors", "outside", "nearby", "there", "here", "locally", "abroad", "worldwide", "nationwide", "overall",
    };

    private static readonly HashSet<string> ClauseBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "while", "but", "after", "when", "because", "although", "though", "whereas", "since", "as", "before", "said",
        // A subject pronoun or a modal opens a clause of its own: "fined on the promise that they would repay the loan".
        "they", "he", "she", "we", "it", "would", "could", "should", "might", "must",
    };

    // "have so far been confirmed", "may yet have been": how many auxiliaries and adverbs may stand before the event.
    private const int MaxAuxiliaryChain = 6;

    public static void Read(IReadOnlyList<Token> tokens, int k, QuantityMention mention)
    {
        // "personnel killed", "were killed", "have taken refuge", "in Guinea-Bissau were killed".
        var p = SkipIncludingAside(tokens, k);
        if (IncludedPartOf(tokens, mention.Number.First) is { } including)
        {
            // "seven, including four children, died" / "were hurt, including two guards": the part shares the whole's event.
            // A closing comma passes on to the verb after it only when one follows ("were hurt, including two guards, a
            // spokesman said" and ", said the spokesman" keep the event before).
            var verbFollows = IsSymbolAt(tokens, k, ',') && k + 1 < tokens.Count && !tokens[k + 1].Is("said") && !tokens[k + 1].Is("say")
                && (Auxiliaries.Contains(tokens[k + 1].Text) || EventWords.IsVerbEvent(tokens[k + 1].Text));
            if (verbFollows)
            {
                p = k + 1;
            }
            else if (EventBefore(tokens, including) is { } wholeEvent)
            {
                mention.Event = wholeEvent;
                return;
            }
            else if (including >= 2 && IsInjuryNoun(tokens[including - 2]) && mention.Head is { } partHead && QuantityLexicon.IsPeopleLike(partHead))
            {
                // "56 were treated in hospital for burns - including two nurses": the whole ends with the injuries its
                // people bear, so the part is hurt too.
                mention.Event = new EventSense("injured", QuantityCategory.Casualties);
                return;
            }
            else if (IsSymbolAt(tokens, k, ','))
            {
                p = k + 1;
            }
        }
        else if (IsPeopleApposition(tokens, k, mention))
        {
            // "two thirds of the patients, over 300 people, have died": the aside counts the subject, so its verb is the aside's.
            p = k + 1;
        }

        if (IsPreposition(tokens, p))
        {
            var q = p + 1;
            var limit = Math.Min(tokens.Count, p + 7);
            while (q < limit && (IsWordAt(tokens, q) || IsJoiningHyphenAt(tokens, q)) && (!Auxiliaries.Contains(tokens[q].Text) || IsDeterminerAfter(tokens, q, p))
                && !EventWords.IsVerbEvent(tokens[q].Text) && !ClauseBoundaries.Contains(tokens[q].Text))
            {
                // "one in the north and two in the south were killed": the verb waits for the joined figure too.
                if (tokens[q].Is("and") && q + 1 < tokens.Count && (tokens[q + 1].IsNumber || NumberWords.IsCardinalWord(tokens[q + 1].Text)))
                {
                    limit = Math.Min(tokens.Count, q + 7);
                }

                q++;
            }

            if (q < tokens.Count && (Auxiliaries.Contains(tokens[q].Text) || EventWords.IsVerbEvent(tokens[q].Text)) && q > p + 1)
            {
                p = q;
            }
        }

        var verbIndex = -1;
        var afterAux = p;
        while (afterAux < tokens.Count && afterAux < p + MaxAuxiliaryChain
            && (Auxiliaries.Contains(tokens[afterAux].Text) || (EndsWith(tokens[afterAux], "ly") && afterAux > p) || IsAsAfterListing(tokens, afterAux, p)
                || IsListingBeforeAs(tokens, afterAux, p) || (afterAux > p && ChainTimeAdverbs.Contains(tokens[afterAux].Text))))
        {
            afterAux++;
        }

        // "medics treated 60 people for burns": the object of "treated ... for" an injury is hurt.
        if (IsAt(tokens, k, "for") && IsAt(tokens, mention.Number.First - 1, "treated") && InjuriesBorne(tokens, k + 1) is { } injury)
        {
            MarkInjured(mention, injury);
            return;
        }

        // "treated four pupils" (in a sentence naming a hospital or injuries), "rushed 12 people to local hospitals": the
        // object of hospital care is hurt.
        if (HospitalCare.ObjectCaredFor(tokens, mention, k) is { } caredFor)
        {
            MarkInjured(mention, caredFor);
            return;
        }

        // "forced 5,000 people from their homes", "moved 600 villagers to safety": after an active verb the phrase follows the object.
        if (mention.Verb is not null && MovedFromHomeOrToSafety(tokens, p) is { } movedAway)
        {
            mention.Event = new EventSense("displaced", QuantityCategory.Displacement);
            mention.CoverEvidence(movedAway);
            return;
        }

        // "the twelve aboard drowned", "30 inside were hurt": where the people were does not end the clause.
        while (afterAux < tokens.Count && afterAux < p + 5 && IsWordAt(tokens, afterAux) && PlaceAdverbs.Contains(tokens[afterAux].Text)
            && (IsWordAt(tokens, afterAux + 1) && (Auxiliaries.Contains(tokens[afterAux + 1].Text) || QuantityLexicon.TryEvent(tokens[afterAux + 1].Text, out _))))
        {
            if (mention.Head is null && IsAboard(tokens[afterAux]))
            {
                mention.Verb ??= "aboard";
            }

            afterAux++;
            while (afterAux < tokens.Count && afterAux < p + 7 && Auxiliaries.Contains(tokens[afterAux].Text))
            {
                afterAux++;
            }
        }

        // "twelve were feared trapped", "four people believed trapped", "11 were trapped and feared dead", "18 remain
        // trapped", "five were still trapped": people feared or still trapped are unaccounted for, a casualty figure like the
        // missing; plainly trapped ("freed 13 trapped miners", "40 were reported to be trapped") they stay what they were.
        if (FearedTrapped(tokens, p, afterAux, mention.Head) is { } trapped)
        {
            mention.Event = new EventSense("trapped", QuantityCategory.Casualties);
            mention.CoverEvidence(trapped);
            return;
        }

        for (var q = afterAux; q < Math.Min(tokens.Count, afterAux + 3); q++)
        {
            if (!tokens[q].IsWord)
            {
                break;
            }

            // "one in five children lives in poverty": right after its noun, "lives" is the verb, not lives lost.
            var livesAsVerb = q == k && tokens[q].Is("lives");
            if (!livesAsVerb && QuantityLexicon.TryEvent(tokens[q].Text, out var sense))
            {
                mention.Event = sense;
                mention.CoverEvidence(q);
                return;
            }

            if (q == afterAux && QuantityLexicon.IsPopulationVerb(tokens[q].Text))
            {
                // "living in temporary shelters" is displacement; "living in the forest" a population.
                if (ShelterFollows(tokens, q + 1) is { } shelter)
                {
                    mention.Event = new EventSense("sheltering", QuantityCategory.Displacement);
                    mention.CoverEvidence(shelter);
                    return;
                }

                mention.LivesThere = true;
                return;
            }

            // "lost their lives" is a way of saying died; "lost their homes" of being made homeless.
            if (tokens[q].Is("lost") && q + 2 < tokens.Count && tokens[q + 1].IsWord && (tokens[q + 2].Is("lives") || tokens[q + 2].Is("homes")))
            {
                mention.Event = tokens[q + 2].Is("lives") ? new EventSense("dead", QuantityCategory.Casualties) : new EventSense("homeless", QuantityCategory.Displacement);
                mention.CoverEvidence(q + 2);
                return;
            }

            // "were forced to flee", "were ordered to evacuate".
            if (tokens[q].Is("to") && q > afterAux)
            {
                continue;
            }

            // "13 passengers with minor injuries", "two men with gunshot wounds", "four sustained burns": people who bear
            // or suffer injuries are hurt.
            // ("two complained of neck injuries": what they complained of.)
            if (q == afterAux && (tokens[q].Is("with") || IsPastVerb(tokens[q]))
                && (InjuriesBorne(tokens, q + 1) ?? (IsPastVerb(tokens[q]) && IsAt(tokens, q + 1, "of") ? InjuriesBorne(tokens, q + 2) : null)) is { } injuries)
            {
                MarkInjured(mention, injuries);
                return;
            }

            // "8,000 remain in evacuation centres", "1,200 spent the night in emergency shelters", "are staying in 53 relief camps",
            // "were forced into three evacuation centres": people staying in a shelter
            // are displaced.
            if (q == afterAux && (tokens[q].Is("in") || tokens[q].Is("at") || IsPastVerb(tokens[q]) || tokens[q].Is("spend") || tokens[q].Is("stay") || tokens[q].Is("staying") || tokens[q].Is("stays"))
                && ShelteredIn(tokens, q, CountsPeople(mention)) is { } shelterAt)
            {
                mention.Event = new EventSense("sheltering", QuantityCategory.Displacement);
                mention.CoverEvidence(shelterAt);
                return;
            }

            // "three were treated for smoke inhalation": treated for an injury, so hurt.
            if (q == afterAux && tokens[q].Is("treated") && AfterHospitalPlace(tokens, q + 1) is var treatedAt && IsAt(tokens, treatedAt, "for")
                && InjuriesBorne(tokens, treatedAt + 1) is { } treatedFor)
            {
                MarkInjured(mention, treatedFor);
                return;
            }

            // "were being treated at a hospital in Orrin", "had been discharged from hospital": cared for in hospital, so hurt.
            if (q == afterAux && HospitalCare.CaredForInHospital(tokens, q) is { } cared)
            {
                MarkInjured(mention, cared);
                return;
            }

            // "six remain in critical condition", "two were in a stable condition": a patient's condition, so hurt; so is a
            // bare part of the hurt set off by "with" or "including" ("120 were hospitalized, with 15 in critical condition").
            if (q == afterAux && (q > p || IsBarePartOfAWhole(tokens, mention)) && InPatientCondition(tokens, q) is { } condition)
            {
                MarkInjured(mention, condition);
                return;
            }

            // "two remain in hospital", "four were still in hospital": people kept in hospital are hurt (its staff are not:
            // "40 nurses remain in hospital to cover the shifts").
            if (q == afterAux && q > p && IsAt(tokens, q, "in") && StillThere(tokens[q - 1]) && !(mention.Head is { } keptHead && HospitalCare.IsCarer(keptHead))
                && HospitalCare.HospitalWithin(tokens, q + 1, HospitalWindow, false, false) is { } keptIn)
            {
                MarkInjured(mention, keptIn);
                return;
            }

            // "three were taken to a nearby hospital": carried to hospital, so hurt.
            if (q == afterAux && IsCarriedToHospital(tokens, q))
            {
                MarkInjured(mention, q);
                return;
            }

            // "At least 45 were aboard": only people are said to be aboard, so a bare figure before it counts people.
            if (q == afterAux && q > p && mention.Head is null && IsAboard(tokens[q]))
            {
                mention.Verb ??= "aboard";
                mention.CoverEvidence(q);
                return;
            }

            // "were airlifted to safety", "forced from their homes", "driven out of their villages": whatever the verb, people
            // moved to safety or out of their homes are displaced.
            if (q == afterAux && IsPastVerb(tokens[q]) && MovedFromHomeOrToSafety(tokens, q + 1) is { } moved)
            {
                mention.Event = new EventSense("displaced", QuantityCategory.Displacement);
                mention.CoverEvidence(moved);
                return;
            }

            // "were trampled to death", "was beaten to death": whatever the verb, "to death" makes it a killing.
            if (q == afterAux && IsPastVerb(tokens[q]) && IsAt(tokens, q + 1, "to") && IsAt(tokens, q + 2, "death"))
            {
                mention.Event = new EventSense("killed", QuantityCategory.Casualties);
                mention.CoverEvidence(q + 2);
                return;
            }

            if (q == afterAux && IsPastVerb(tokens[q]))
            {
                if (mention.Verb is null)
                {
                    mention.Verb = tokens[q].Text.ToLowerInvariant();
                    verbIndex = q;

                    // "200 officers took part in the raids": "took" alone says nothing; the idiom is the verb.
                    if ((tokens[q].Is("took") || tokens[q].Is("taken")) && IsAt(tokens, q + 1, "part"))
                    {
                        mention.Verb += " part";
                        mention.CoverEvidence(q + 1);
                    }
                }

                continue;
            }

            if (q > afterAux && (QuantityLexicon.IsFunctionWord(tokens[q].Text) && !tokens[q].Is("up")))
            {
                break;
            }

            // "five seriously injured": an adverb before the participle.
            if (q == afterAux && EndsWith(tokens[q], "ly"))
            {
                continue;
            }

            if (q == afterAux)
            {
                break;
            }
        }

        if (verbIndex >= 0)
        {
            mention.CoverEvidence(verbIndex);
        }

        ReadListEvent(tokens, k, mention);
    }

    /// <summary>
    /// Where the phrase of people feared or still trapped ends when "trapped" stands at <paramref name="trapped"/>, hedged
    /// or lasting in the auxiliary chain from <paramref name="chainStart"/> ("were feared", "believed", "thought to be",
    /// "remain", "were still") or followed by "and feared dead"; null otherwise. "still" or "remain" counts only for people
    /// (a bare figure or a people noun as <paramref name="head"/>) not freed in the same sentence.
    /// </summary>
    private static int? FearedTrapped(IReadOnlyList<Token> tokens, int chainStart, int trapped, string? head)
    {
        if (!IsAt(tokens, trapped, "trapped"))
        {
            return null;
        }

        var lasting = head is null || QuantityLexicon.IsPeopleLike(head);
        for (var k = chainStart; k < trapped; k++)
        {
            if (IsFearWord(tokens[k]))
            {
                return trapped;
            }

            // "200 cars remained trapped" are no toll; "four were still trapped when crews arrived, but all were brought
            // out" were trapped for a while only.
            if (IsLastingWord(tokens[k]) && lasting)
            {
                lasting = !FreedLater(tokens, trapped);
                if (lasting)
                {
                    return trapped;
                }
            }
        }

        return IsAt(tokens, trapped + 1, "and") && trapped + 2 < tokens.Count && IsFearWord(tokens[trapped + 2]) && IsAt(tokens, trapped + 3, "dead")
            ? trapped + 3
            : null;
    }

    // Whether the sentence says the trapped came out after all: a rescue verb after "trapped" ("freed", "rescued",
    // "brought out", "pulled out") or "when ... arrived" anywhere, the moment only up to which they were trapped.
    private static bool FreedLater(IReadOnlyList<Token> tokens, int trapped)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Is("when") && AnyWordWithin(tokens, k + 1, 1, 6, t => t.Is("arrived")))
            {
                return true;
            }

            if (k > trapped && (tokens[k].Is("freed") || tokens[k].Is("rescued")
                || ((tokens[k].Is("brought") || tokens[k].Is("pulled")) && (IsAt(tokens, k + 1, "out") || IsAt(tokens, k + 1, "free")))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFearWord(Token token) => token.Is("feared") || token.Is("believed") || token.Is("presumed") || token.Is("thought");

    // "still trapped", "remain trapped": the people have not come out yet, which is what makes them a toll.
    private static bool IsLastingWord(Token token) =>
        token.Is("still") || token.Is("remain") || token.Is("remains") || token.Is("remained");

    // "aboard" or "onboard": only people are said to be aboard, so a bare figure before it counts people.
    private static bool IsAboard(Token token) => token.Is("aboard") || token.Is("onboard");

    // Where "safety" of "to safety", or "homes" of "from their homes" / "out of their villages", stands after a verb; null otherwise.
    private static int? MovedFromHomeOrToSafety(IReadOnlyList<Token> tokens, int start)
    {
        if (IsAt(tokens, start, "to") && IsAt(tokens, start + 1, "safety"))
        {
            return start + 1;
        }

        var owner = IsAt(tokens, start, "from") ? start + 1 : IsAt(tokens, start, "out") && IsAt(tokens, start + 1, "of") ? start + 2 : -1;
        if (owner < 0 || !IsWordAt(tokens, owner) || tokens[owner].Text.ToLowerInvariant() is not ("their" or "its" or "his" or "her" or "the"))
        {
            return null;
        }

        return IsWordAt(tokens, owner + 1) && tokens[owner + 1].Text.ToLowerInvariant() is "homes" or "home" or "houses" or "villages" or "town" or "towns" or "land" or "lands"
            ? owner + 1
            : null;
    }

    private const int ShelteredWindow = 7;

    // Where a shelter ("shelters", "evacuation centres", "relief camps", "tents") stands after "in" or "at" within a few
    // words of <paramref name="start"/>; a camp or centre counts only with a word saying it shelters people, as
    // "detention centres" and "training camps" do not.
    // People moved "into" or "to" a shelter ("forced into three evacuation centres", "taken shelter to evacuation
    // centers") are in it as much as people "in" it; goods sent "to relief camps" are not, so <paramref name="movedTo"/>
    // is set only for a count of people.
    private static int? ShelteredIn(IReadOnlyList<Token> tokens, int start, bool movedTo)
    {
        var sawIn = false;
        for (var k = start; k < tokens.Count && k <= start + ShelteredWindow; k++)
        {
            if (!tokens[k].IsWord)
            {
                // "in 53 relief camps": how many shelters does not stop the phrase.
                if (IsJoiningHyphenAt(tokens, k) || (sawIn && tokens[k].IsNumber))
                {
                    continue;
                }

                return null;
            }

            var word = tokens[k].Text.ToLowerInvariant();
            sawIn |= word is "in" or "at" || (movedTo && word is "into" or "to");
            if (!sawIn)
            {
                continue;
            }

            if (word is "shelter" or "shelters" or "tents")
            {
                return k;
            }

            if (word is "camp" or "camps" or "centre" or "centres" or "center" or "centers" && k > 0
                && tokens[k - 1].Text.ToLowerInvariant() is "evacuation" or "relief" or "refugee" or "displacement" or "temporary" or "emergency" or "tent" or "transit")
            {
                return k;
            }
        }

        return null;
    }

    private const int InjuryModifierWindow = 3;

    // A bare figure ("Hundreds have been forced ...") or a count of people, not of money, goods or things.
    private static bool CountsPeople(QuantityMention mention) =>
        mention.UnitKind == UnitKind.None && (mention.Head is null || QuantityLexicon.IsPeopleLike(mention.Head));

    // Where "injuries", "wounds" or "burns" stands after at most a few modifiers ("minor", "life-threatening", "gunshot"),
    // also quoted ("suffered "minor injuries"") or with two modifiers joined ("minor to critical injuries", "back and neck
    // injuries", "minor or moderate injuries").
    internal static int? InjuriesBorne(IReadOnlyList<Token> tokens, int start)
    {
        if (IsSymbolAt(tokens, start, '"'))
        {
            start++;
        }

        var limit = start + InjuryModifierWindow;
        for (var k = start; k < tokens.Count && k <= limit; k++)
        {
            if (!tokens[k].IsWord && !IsJoiningHyphenAt(tokens, k))
            {
                return null;
            }

            if (IsInjuryNoun(tokens[k]))
            {
                return k;
            }

            // "back" is a body part here ("back and neck injuries"), not the adverb.
            if (tokens[k].IsWord && QuantityLexicon.IsFunctionWord(tokens[k].Text) && !tokens[k].Is("a") && !tokens[k].Is("back"))
            {
                if (k > start && IsModifierJoint(tokens[k]) && IsWordAt(tokens, k - 1) && (!QuantityLexicon.IsFunctionWord(tokens[k - 1].Text) || tokens[k - 1].Is("back")))
                {
                    limit++;
                    continue;
                }

                return null;
            }
        }

        return null;
    }

    private static bool IsModifierJoint(Token token) => token.Is("to") || token.Is("and") || token.Is("or");

    private static bool IsInjuryNoun(Token token) =>
        token.IsWord && token.Text.ToLowerInvariant() is "injuries" or "wounds" or "burns" or "injury" or "inhalation" or "hypothermia" or "fractures";

    // People hurt: the event set, and the evidence widened to the token that says so.
    private static void MarkInjured(QuantityMention mention, int evidenceLast)
    {
        mention.Event = new EventSense("injured", QuantityCategory.Casualties);
        mention.CoverEvidence(evidenceLast);
    }

    // "with 15", "including 21": a bare figure that gives a part of the whole before it.
    // Only a patient's states: "with 15 in poor condition" may tell of roads or rooms; and only a part of the hurt, so the
    // clause before it tells of a toll or a hospital ("checked 40 bridges, with 11 in critical condition" is no toll).
    private static bool IsBarePartOfAWhole(IReadOnlyList<Token> tokens, QuantityMention mention) =>
        mention.Head is null && (IsAt(tokens, mention.Number.First - 1, "with") || IsAt(tokens, mention.Number.First - 1, "including"))
        && InPatientCondition(tokens, mention.Number.Last + 1) is { } condition && tokens[condition - 1].Text.ToLowerInvariant() is "critical" or "serious" or "grave"
        && TellsOfTheHurtBefore(tokens, mention.Number.First - 1);

    private const int HurtWholeWindow = 20;

    // A casualty word, a hospital or a figure of people ("pulled 20 people from the river") shortly before the part: the
    // whole it is a part of is people. The walk back is bounded so that a sentence of many such parts stays linear.
    private static bool TellsOfTheHurtBefore(IReadOnlyList<Token> tokens, int part)
    {
        for (var k = part - 1; k >= Math.Max(0, part - HurtWholeWindow); k--)
        {
            if (tokens[k].IsWord && ((QuantityLexicon.TryEvent(tokens[k].Text, out var sense) && sense.Category == QuantityCategory.Casualties)
                || tokens[k].Text.StartsWith("hospital", System.StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (tokens[k].IsNumber && k + 1 < part && tokens[k + 1].IsWord && QuantityLexicon.IsPeopleLike(tokens[k + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    // The word before "in hospital" that keeps the people there: "remain", "still".
    private static bool StillThere(Token token) =>
        token.IsWord && token.Text.ToLowerInvariant() is "remain" or "remains" or "remained" or "still";

    // "in critical condition", "in a serious condition": the index of "condition", or null.
    internal static int? InPatientCondition(IReadOnlyList<Token> tokens, int at)
    {
        if (!IsAt(tokens, at, "in"))
        {
            return null;
        }

        var state = IsAt(tokens, at + 1, "a") ? at + 2 : at + 1;
        return IsWordAt(tokens, state) && tokens[state].Text.ToLowerInvariant() is "critical" or "serious" or "stable" or "grave" or "fair" or "poor"
            && IsAt(tokens, state + 1, "condition") ? state + 1 : null;
    }

    private const int HospitalWindow = 4;

    /// <summary>
    /// The index after "in hospital", "at a nearby hospital" or "in local hospitals" starting at <paramref name="start"/>
    /// ("56 were treated in hospital for burns": where they were treated stands before what for), else <paramref name="start"/>.
    /// </summary>
    private static int AfterHospitalPlace(IReadOnlyList<Token> tokens, int start)
    {
        if (!IsAt(tokens, start, "in") && !IsAt(tokens, start, "at"))
        {
            return start;
        }

        return HospitalCare.HospitalWithin(tokens, start + 1, HospitalWindow, true, false) is { } hospital ? hospital + 1 : start;
    }

    internal static bool IsCarriedToHospital(IReadOnlyList<Token> tokens, int verb)
    {
        // Any past verb that moves people to hospital: "taken", "rushed", "admitted", "flown", "brought to hospital"; an
        // adverb may stand between ("rushed immediately to hospital").
        if (!IsPastVerb(tokens[verb]))
        {
            return false;
        }

        var to = IsAt(tokens, verb + 1, "to") ? verb + 1 : verb + 2;
        if (!IsAt(tokens, to, "to") || (to == verb + 2 && !EndsWith(tokens[verb + 1], "ly")))
        {
            return false;
        }

        // "taken to 10 hospitals": how many hospitals does not stop the phrase.
        return HospitalCare.HospitalWithin(tokens, to + 1, HospitalWindow - 1, true, true) is not null;
    }

    private const int AsideWindow = 8;

    private const int IncludingAsideWindow = 12;

    // "At least nine, including two nurses, drowned": the event comes after the aside. "twenty more, including
    // a reporter, were injured": "more" after the number only says the count adds to an earlier one.
    private static int SkipIncludingAside(IReadOnlyList<Token> tokens, int k)
    {
        var comma = IsAt(tokens, k, "more") ? k + 1 : k;
        if (!IsSymbolAt(tokens, comma, ','))
        {
            return k;
        }

        // "Forty people, most of them women, were killed", "six, all civilians, died": an aside without a verb of its own
        // that the clause's verb follows.
        var including = IsAt(tokens, comma + 1, "including");
        // "Two women, believed to be in their 30s, died": an aside that only hedges who they were has no verb of its own.
        var hedged = IsHedgedAside(tokens, comma + 1);
        // "at least 44 people, including 34 killed by police in one day, died": a part may say what befell it.
        var window = including ? IncludingAsideWindow : AsideWindow;
        for (var q = comma + 1; q < tokens.Count && q <= comma + window; q++)
        {
            if (tokens[q].IsSymbol(','))
            {
                var resumes = q + 1 < tokens.Count && (Auxiliaries.Contains(tokens[q + 1].Text) || EventWords.IsVerbEvent(tokens[q + 1].Text));
                return including || (resumes && q > comma + 1) ? q + 1 : k;
            }

            if (!including && !hedged && IsClauseOfItsOwn(tokens[q]))
            {
                return k;
            }
        }

        return k;
    }

    // "believed to be", "thought to be", "said to be", "understood to be": a hedge on who the counted people were.
    private static bool IsHedgedAside(IReadOnlyList<Token> tokens, int start) =>
        IsWordAt(tokens, start) && tokens[start].Text.ToLowerInvariant() is "believed" or "thought" or "said" or "understood" or "reported"
        && IsAt(tokens, start + 1, "to") && IsAt(tokens, start + 2, "be");

    // "on both sides of the river were killed", "in all three towns": a determiner right after the preposition opens
    // the place phrase; it is no auxiliary of the verb.
    private static bool IsDeterminerAfter(IReadOnlyList<Token> tokens, int q, int preposition) =>
        q == preposition + 1 && (tokens[q].Is("both") || tokens[q].Is("all") || tokens[q].Is("either"));

    // Verbs that file people under a state without being the event: "were listed as missing", "were declared as dead".
    private static readonly HashSet<string> ListingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "listed", "classified", "registered", "recorded", "declared", "confirmed", "reported", "described", "counted",
    };

    // "have been officially registered as missing", "were recorded as dead": a listing verb of the chain before "as".
    private static bool IsListingBeforeAs(IReadOnlyList<Token> tokens, int index, int chainStart) =>
        index > chainStart && ListingVerbs.Contains(tokens[index].Text) && IsAt(tokens, index + 1, "as");

    // "were today killed", "have again been evacuated": a word of time inside the chain only dates the event (wire copy
    // of South Asian papers writes "were today killed").
    private static readonly HashSet<string> ChainTimeAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tonight", "again", "just", "earlier", "once",
    };

    // "as" after a listing verb in the auxiliary chain: the state after it is the event.
    private static bool IsAsAfterListing(IReadOnlyList<Token> tokens, int index, int chainStart) =>
        index > chainStart && tokens[index].Is("as") && ListingVerbs.Contains(tokens[index - 1].Text);

    // A word that makes an aside a clause with a verb of its own ("six, who were rescued, ..."): "all" and "both" are no verbs.
    private static bool IsClauseOfItsOwn(Token token) =>
        (!token.IsWord && !token.IsNumber) || ClauseBoundaries.Contains(token.Text) || IsPastVerb(token)
        || (Auxiliaries.Contains(token.Text) && !token.Is("all") && !token.Is("both"));

    private const int PartQualifierWindow = 3;

    /// <summary>
    /// The index of "including" when the figure at <paramref name="first"/> opens an ", including …" (or "- including …")
    /// part of an earlier count ("including four children", "including at least two guards"); null otherwise.
    /// </summary>
    private static int? IncludedPartOf(IReadOnlyList<Token> tokens, int first)
    {
        for (var q = first - 1; q >= 0 && q >= first - 1 - PartQualifierWindow; q--)
        {
            if (tokens[q].Is("including"))
            {
                // "nine missing fishermen - including two teenagers -": a spaced dash sets the part off like a comma.
                return IsSymbolAt(tokens, q - 1, ',') || IsAsideDash(tokens, q - 1) ? q : null;
            }

            if (!tokens[q].IsWord || char.IsUpper(tokens[q].Text[0]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A count of people set off by commas right before a verb ("…, over 300 people, have died"); a bare figure
    /// ("the bishop, 79, died") is an age, so only a counted noun qualifies.
    /// </summary>
    private static bool IsPeopleApposition(IReadOnlyList<Token> tokens, int k, QuantityMention mention) =>
        mention.Head is { } head && QuantityLexicon.IsPeopleLike(head)
        && ((IsSymbolAt(tokens, mention.EvidenceFirst - 1, ',') && IsSymbolAt(tokens, k, ',')) || ClosesDashedList(tokens, mention.EvidenceFirst - 1, k))
        && k + 1 < tokens.Count && (Auxiliaries.Contains(tokens[k + 1].Text) || EventWords.IsVerbEvent(tokens[k + 1].Text));

    /// <summary>
    /// "The crew — a skipper, her mate and three deckhands — drowned": the last member of a list set off by dashes
    /// ends at the closing dash <paramref name="dash"/>, so the verb after it is the whole list's.
    /// </summary>
    private static bool ClosesDashedList(IReadOnlyList<Token> tokens, int before, int dash) =>
        IsAsideDash(tokens, dash) && before >= 0 && (IsAsideDash(tokens, before) || IsSymbolAt(tokens, before, ',') || tokens[before].Is("and"));

    // Dashes are normalised to '-'; one with spaces on both sides sets off an aside instead of joining words.
    private static bool IsAsideDash(IReadOnlyList<Token> tokens, int index) =>
        IsSymbolAt(tokens, index, '-') && tokens[index].SpaceBefore && index + 1 < tokens.Count && tokens[index + 1].SpaceBefore;

    private const int WholeEventWindow = 3;

    // "Eleven were injured, including …", "the blast killed five, including …": the event of the whole sits just
    // before the comma, as a participle or as the verb before the counted object.
    private static EventSense? EventBefore(IReadOnlyList<Token> tokens, int including)
    {
        var comma = including - 1;
        for (var q = comma - 1; q >= 0 && q >= comma - WholeEventWindow; q--)
        {
            // The whole may be written in digits ("killed 12, including …") as well as in words.
            if (tokens[q].IsNumber)
            {
                continue;
            }

            if (!tokens[q].IsWord)
            {
                return null;
            }

            var word = tokens[q].Text;
            if ((EventWords.IsVerbEvent(word) || EventWords.IsParticiple(word)) && QuantityLexicon.TryEvent(word, out var sense))
            {
                return sense;
            }
        }

        return null;
    }

    private const int ShelterWindow = 4;

    private static int? ShelterFollows(IReadOnlyList<Token> tokens, int start)
    {
        if (!IsAt(tokens, start, "in"))
        {
            return null;
        }

        // "living in 53 makeshift relief camps": how many shelters does not stop the phrase.
        for (var k = start + 1; k < tokens.Count && k <= start + ShelterWindow && (tokens[k].IsWord || tokens[k].IsNumber); k++)
        {
            if (tokens[k].Text.ToLowerInvariant() is "shelter" or "shelters" or "camp" or "camps" or "tents" or "tent" or "centres" or "centers")
            {
                return k;
            }
        }

        return null;
    }

    // "40 people aboard the bus were killed": where the people were stands between the count and its event.
    private static bool IsPreposition(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].IsWord && tokens[index].Text.ToLowerInvariant() is "in" or "at" or "from" or "on" or "near" or "inside" or "across" or "of" or "around" or "aboard";

    // "80 soldiers, 40 villagers, and hundreds of rebels killed": the event closes the list.
    private static void ReadListEvent(IReadOnlyList<Token> tokens, int k, QuantityMention mention)
    {
        if (!(IsSymbolAt(tokens, k, ',') || IsAt(tokens, k, "and")))
        {
            return;
        }

        var sawNumber = false;
        for (var q = k; q < Math.Min(tokens.Count, k + 16); q++)
        {
            var token = tokens[q];
            // "Two women and a man were injured": an article counts one more, and so does a possessive opening an item
            // ("two men, a woman and her daughter were killed").
            if (token.IsNumber || (token.IsWord && (NumberWords.IsCardinalWord(token.Text) || NumberWords.IsVagueCount(token.Text) || token.Is("a") || token.Is("an")))
                || (sawNumber && (token.Is("her") || token.Is("his") || token.Is("their")) && (tokens[q - 1].Is("and") || tokens[q - 1].IsSymbol(','))))
            {
                sawNumber = true;
                continue;
            }

            if (token.IsSymbol(',') || token.Is("and") || token.Is("of") || token.Is("or"))
            {
                continue;
            }

            // "200 people, killing two and injuring five": a word before the next figure opens a clause of its own.
            if (!token.IsWord || ClauseBoundaries.Contains(token.Text) || !sawNumber)
            {
                return;
            }

            var closingEvent = EventWords.IsVerbEvent(token.Text) || (EventWords.IsParticiple(token.Text) && q > k && Auxiliaries.Contains(tokens[q - 1].Text));
            if (closingEvent && QuantityLexicon.TryEvent(token.Text, out var sense) && sawNumber
                && (mention.Head is null || QuantityLexicon.IsPeopleLike(mention.Head) || char.IsUpper(mention.Head[0])))
            {
                mention.Event = sense;
                return;
            }

            if (QuantityLexicon.IsFunctionWord(token.Text) && !Auxiliaries.Contains(token.Text))
            {
                return;
            }
        }
    }
}
