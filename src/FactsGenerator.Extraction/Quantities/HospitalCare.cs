using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// People an incident sends through a hospital are its hurt: "17 tourists were being treated at a hospital in Orrin",
/// "four patients have been discharged from Velm Royal Infirmary", "the clinic treated six pupils for cuts", "medics
/// rushed 12 people to local hospitals". News reports give the injured this way as often as with "injured" itself (news
/// annotators: 5 articles of 5 publishers file them as casualties). Care with no hospital in sight ("three were
/// discharged after questioning", "the bank treated 40 customers fairly") and the staff moved to a hospital ("flew 20
/// doctors to the hospital") are no toll.
/// </summary>
internal static class HospitalCare
{
    private static readonly HashSet<string> HospitalNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hospital", "hospitals", "infirmary", "infirmaries", "clinic", "clinics",
    };

    // Verbs that carry the hurt to hospital when the people are their object ("rushed 12 people to hospital").
    private static readonly HashSet<string> CarryingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "transported", "rushed", "took", "taken", "airlifted", "ferried", "carried", "brought", "flew", "drove", "evacuated", "admitted",
    };

    // The people who give care, not receive it.
    private static readonly HashSet<string> CarerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "doctors", "nurses", "medics", "paramedics", "surgeons", "staff", "volunteers", "specialists", "physicians", "rescuers",
    };

    private const int HospitalWindow = 5;

    /// <summary>"doctors", "nurses", "staff": people who give care in a hospital, not receive it.</summary>
    public static bool IsCarer(string head) => CarerNouns.Contains(head);

    /// <summary>
    /// After a passive chain, at <paramref name="verb"/>: "treated at his hospital", "treated in local hospitals",
    /// "discharged from hospital", "discharged from Velm Royal Infirmary". The index of the hospital word, or null.
    /// </summary>
    public static int? CaredForInHospital(IReadOnlyList<Token> tokens, int verb)
    {
        if (IsAt(tokens, verb, "treated"))
        {
            // "treated at the scene" is the care of the hurt who needed no hospital.
            if (IsAt(tokens, verb + 1, "at") && IsAt(tokens, verb + 2, "the") && IsAt(tokens, verb + 3, "scene"))
            {
                return verb + 3;
            }

            // "treated in hospital for cancer" (or "with flu") is a patient's care, not an incident's hurt; "for burns" is
            // (read elsewhere). "4,000 patients were treated at the clinic last year" is a hospital's work, not a toll.
            var hospital = IsAt(tokens, verb + 1, "in") || IsAt(tokens, verb + 1, "at") ? HospitalWithin(tokens, verb + 2) : null;
            return hospital is { } h && (IsAt(tokens, h + 1, "for") || IllnessAfter(tokens, h + 1) || RoutinePatients(tokens, verb)) ? null : hospital;
        }

        return IsAt(tokens, verb, "discharged") && IsAt(tokens, verb + 1, "from") ? HospitalWithin(tokens, verb + 2) : null;
    }

    /// <summary>
    /// The people are the object of the verb before them, <paramref name="mention"/>'s verb, and the phrase after them
    /// starts at <paramref name="after"/>: "treated four pupils" in a sentence naming a hospital or injuries (and not
    /// "for" something that is no injury: "treated 300 patients for malaria"), or "rushed 12 people to (local) hospitals".
    /// The index the evidence should reach, or null.
    /// </summary>
    public static int? ObjectCaredFor(IReadOnlyList<Token> tokens, QuantityMention mention, int after)
    {
        if (mention.Verb is not { } verb || !IsAt(tokens, mention.EvidenceFirst, verb) || mention.Head is not { } head
            || !QuantityLexicon.IsPeopleLike(head) || CarerNouns.Contains(head))
        {
            return null;
        }

        if (verb == "treated")
        {
            if (IsAt(tokens, after, "for"))
            {
                return EventReader.InjuriesBorne(tokens, after + 1);
            }

            // "treated 40 children with measles" is a patient's care; "treated 30 fans with cuts and other injuries" is a toll.
            // "the hospital has treated 12,000 patients since it opened" counts its patients, not an incident's hurt.
            return NamesHospitalOrInjury(tokens) && !IllnessAfter(tokens, after) && !RoutinePatients(tokens, mention.EvidenceFirst) ? mention.EvidenceLast : null;
        }

        // "took 60 pupils to the hospital for a tour", "flew 30 soldiers to the hospital to guard the wards": a purpose
        // other than care after the hospital says the people are visitors, not the hurt.
        return CarryingVerbs.Contains(verb) && IsAt(tokens, after, "to") && HospitalWithin(tokens, after + 1) is { } carriedTo
            && !PurposeOtherThanCare(tokens, carriedTo + 1) ? carriedTo : null;
    }

    // Words after "for" that name care ("for treatment", "for medical checks", "for their injuries").
    private static readonly HashSet<string> CareNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "treatment", "treatments", "care", "checks", "check-ups", "checkups", "observation", "assessment", "assessments",
        "evaluation", "examination", "examinations", "surgery", "tests", "injuries", "injury", "wounds", "burns",
    };

    private const int PurposeWindow = 4;

    // After the hospital (and its place, "in Kelby"): "for a tour" or "to guard the wards" is a purpose other than care;
    // "for treatment", "to be treated", "to receive care" and no purpose at all are care.
    private static bool PurposeOtherThanCare(IReadOnlyList<Token> tokens, int start)
    {
        var k = start;
        if (IsAt(tokens, k, "in") && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)
        {
            k += 2;
        }

        if (IsAt(tokens, k, "to") && IsWordAt(tokens, k + 1))
        {
            return tokens[k + 1].Text.ToLowerInvariant() is not ("be" or "receive" or "undergo" or "get" or "have");
        }

        if (!IsAt(tokens, k, "for"))
        {
            return false;
        }

        for (var q = k + 1; q < tokens.Count && q <= k + PurposeWindow && tokens[q].IsWord; q++)
        {
            if (CareNouns.Contains(tokens[q].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "with measles", "with flu symptoms": an illness after "with" ("with cuts and other injuries" is a toll).
    private static bool IllnessAfter(IReadOnlyList<Token> tokens, int start) =>
        IsAt(tokens, start, "with") && EventReader.InjuriesBorne(tokens, start + 1) is null && !CutsOrBruises(tokens, start + 1);

    // ("fractures", "burns", "injuries" and "wounds" right after "with" are read by InjuriesBorne already.)
    private static bool CutsOrBruises(IReadOnlyList<Token> tokens, int start) =>
        IsWordAt(tokens, start) && tokens[start].Text.ToLowerInvariant() is "cuts" or "bruises";

    // "patients" treated with no injury named are a hospital's routine work ("treated 200 patients a day"), not a toll.
    private static bool RoutinePatients(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = Math.Max(0, from - 3); k < tokens.Count && k <= from + 3; k++)
        {
            if (tokens[k].Is("patients") || tokens[k].Is("patient"))
            {
                return !NamesInjury(tokens);
            }
        }

        return false;
    }

    // "to hospital", "at a nearby hospital", "from Velm Royal Infirmary": a hospital word among the next few words.
    private static int? HospitalWithin(IReadOnlyList<Token> tokens, int start) => HospitalWithin(tokens, start, HospitalWindow, false, false);

    /// <summary>
    /// The index of a hospital word among the <paramref name="count"/> tokens from <paramref name="start"/>, all words (or
    /// counts, "taken to 10 hospitals", when <paramref name="countsAllowed"/>), or null. With
    /// <paramref name="hospitalOnly"/> only "hospital" and "hospitals" count (the older readers of EventReader).
    /// </summary>
    internal static int? HospitalWithin(IReadOnlyList<Token> tokens, int start, int count, bool hospitalOnly, bool countsAllowed)
    {
        for (var k = start; k < tokens.Count && k < start + count; k++)
        {
            if (!tokens[k].IsWord)
            {
                if (countsAllowed && tokens[k].IsNumber)
                {
                    continue;
                }

                return null;
            }

            if (hospitalOnly ? tokens[k].Is("hospital") || tokens[k].Is("hospitals") : HospitalNouns.Contains(tokens[k].Text))
            {
                return k;
            }
        }

        return null;
    }

    // A hospital or an injury named anywhere in the sentence ("Harlow Hospital spokesman X said they had treated ...").
    private static bool NamesHospitalOrInjury(IReadOnlyList<Token> tokens) =>
        AnyWordWithin(tokens, 0, 1, tokens.Count, token => HospitalNouns.Contains(token.Text) || IsInjuryWord(token));

    private static bool NamesInjury(IReadOnlyList<Token> tokens) => AnyWordWithin(tokens, 0, 1, tokens.Count, IsInjuryWord);

    private static bool IsInjuryWord(Token token) => token.Text.ToLowerInvariant() is "injuries" or "injured" or "wounds" or "wounded" or "burns";
}
