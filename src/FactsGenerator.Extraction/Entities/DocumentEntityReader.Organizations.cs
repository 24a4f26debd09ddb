using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Organisation evidence: head words, nouns after a name, diplomatic missions and web domains.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Lower-case heads that make the preceding name (and the words between) an organisation ("provincial council").</summary>
    private static readonly HashSet<string> OrganizationNouns = Lexicon.Set(
        "ministry council assembly party army police court committee commission parliament brigade " +
        "directorate department authority navy embassy consulate");

    /// <summary>Lower-case heads that make a body only right after its own name, never after a possessive ("the Houthi
    /// movement", "the Velmoria museum", but "Ana Ruiz's military service" is her time in uniform).</summary>
    private static readonly HashSet<string> DirectOrganizationNouns = Lexicon.Set("movement museum service military " + ArmedGroupWords);

    private const string ArmedGroupWords = "cartel gang militia";

    /// <summary>Nouns of an armed or criminal group written after its name ("the Orra Valley cartel", "the Tarsk
    /// militia"): the group is named with its noun, and a place inside the name is no place of the story there.</summary>
    private static readonly HashSet<string> ArmedGroupNouns = Lexicon.Set(ArmedGroupWords);

    /// <summary>Lower-case nouns of kind that follow a body's own name without being part of it ("the Velm Rivers
    /// Matter group", "the Orrin organisation"), like a lower-case "party".</summary>
    private static readonly HashSet<string> KindNounsAfterName = Lexicon.Set("party group organisation organization");

    /// <summary>Prepositions of place that no body's name runs over before its noun, beside the function words
    /// ("alongside", "beside"; "with", "among" are function words already).</summary>
    private static readonly HashSet<string> PrepositionsOfPosition = Lexicon.Set("alongside beside besides behind beyond");

    /// <summary>Bodies whose name is their head word and "General" ("Directorate General", "Consulate General").</summary>
    private static readonly HashSet<string> GeneralBodyHeads = Lexicon.Set("Directorate Secretariat Inspectorate Consulate Commissariat");

    // "the Directorate General of Harbours", "the Inspectorate General for Prisons": such a head and "General" open
    // the name of a body, not a general's title (a field after "of" or "for", or nothing, must follow).
    private static bool IsHeadGeneralBody(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        return chunk.First + 1 <= chunk.Last && GeneralBodyHeads.Contains(tokens[chunk.First].Text) && tokens[chunk.First + 1].Is("General")
            && (chunk.First + 1 == chunk.Last || tokens[chunk.First + 2].Is("of") || tokens[chunk.First + 2].Is("for"));
    }

    // "UN general assembly", "Maidan Wardak provincial council", "Russia's defence ministry".
    private bool TryOrganizationWithNoun(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        var possessive = p < tokens.Count && tokens[p].Text is "'s" or "'S";

        // "Current council leader X", "Outgoing party chair Y": a word of tenure capitalised only because it opens the
        // sentence says how the office is held; it names no body.
        if (chunk.First == chunk.Last && NameChunker.IsClauseStart(tokens, chunk.First) && RoleParser.TenureWords.Contains(chunk.Text))
        {
            return false;
        }

        // "Saint Francis Hospital department": a name that already has its head word is complete.
        if (!possessive && HasOrganizationHead(chunk))
        {
            return false;
        }
        if (possessive)
        {
            p++;
        }

        const int MaxWords = 3;
        var start = p;
        var ownerLevel = false;
        for (var words = 0; p < tokens.Count && words < MaxWords; p++)
        {
            var token = tokens[p];

            // "the Arnmouth district attorney's office": an office-holder's possessive inside the phrase.
            // ("Orra state's civil protection department": the level before the possessive is the owner's, not a word of
            // the field, so it does not count against the field's words.)
            if (token.Text is "'s" && p > start && !token.SpaceBefore)
            {
                if (p == start + 1 && LevelsOfGovernment.Contains(tokens[start].Text))
                {
                    words--;
                    ownerLevel = true;
                }

                continue;
            }

            // "Orra's disaster-management department": a field glued by a hyphen right before a department's noun is one
            // word of it (an adjective before a force, "Orra's well-known police", still ends the phrase).
            if (token.IsSymbol('-') && !token.SpaceBefore && p > start && NameForms.IsLowerWord(tokens[p - 1]) && p + 2 < tokens.Count
                && !tokens[p + 1].SpaceBefore && NameForms.IsLowerWord(tokens[p + 1]) && HyphenedFieldNouns.Contains(tokens[p + 2].Text))
            {
                words--;
                continue;
            }

            // ("Ana Ruiz sitting alongside party bosses": a preposition between ends the phrase; the noun is another's.)
            if (!NameForms.IsLowerWord(token) || Lexicon.CapitalisedFunctionWords.Contains(token.Text) || token.Text.EndsWith("ed", System.StringComparison.Ordinal)
                || PrepositionsOfPosition.Contains(token.Text))
            {
                break;
            }

            // ("Ana Ruiz said electoral commission staff ...": a verb of saying ends the subject; the body named after it
            // is another, and the name before it a speaker.)
            if (IsSayingVerbAfterName(token))
            {
                break;
            }

            // "Macy's department stores": a department store is a shop, no department of the firm that owns it.
            if (ContextEvidence.IsDepartmentStoreAt(tokens, p))
            {
                break;
            }

            // A party is named by its own name: "the region's largest party", "the President's party" only describe it.
            if (possessive && token.Is("party"))
            {
                break;
            }

            // "the Velm Renewal party", "the Velm Rivers Matter group": a lower-case noun of kind after a body's own
            // name is no part of it; the name is the body's, the phrase with the noun an alias (but "the Democratic
            // party" needs its noun, an adjective naming no party alone, and "a Muslim group" is a description).
            if (p == start && !possessive && KindNounsAfterName.Contains(token.Text) && NamesBodyBeforeKindNoun(chunk, token))
            {
                var withNoun = AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, token.End);
                if (registry.Find(withNoun) is null)
                {
                    registry.AddAlias(registry.Mention(EntityKind.Organization, chunk.Text, chunk.Sentence, chunk.Start, chunk.End), withNoun);
                    return true;
                }
            }

            // "office" names a body only after the office-holder or the field it serves ("Ana Ruiz's office" is a room).
            if (OrganizationNouns.Contains(token.Text) || (token.Is("office") && IsOfficeOfAService(tokens, start, p))
                || (!possessive && p == start && DirectOrganizationNouns.Contains(token.Text) && NamesBodyWithNoun(chunk, token)))
            {
                // "Velmorian army", "Ostravian court": a nationality before a bare noun is a description, not a name here (a
                // nation's one army or parliament after "the" is read by AddNationalBodiesInLowerCase)
                // (but a country has one embassy in a city: "the Velmorian embassy").
                if (p == start && !possessive && NameForms.CountryOfDemonym(chunk.Text) is not null && !gazetteer.TryFind(chunk.Text, out _)
                    && !Lexicon.DiplomaticMissions.Contains(token.Text))
                {
                    return false;
                }

                var missionEnd = MissionCityEnd(tokens, p);
                var end = FieldAfterDepartmentEnd(tokens, p, missionEnd);
                var name = AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, tokens[end].End);
                // "the U.S. military" and "the United States military" are one body, named with the country's full name.
                if (token.Is("military") && gazetteer.TryFind(chunk.Text, out var country) && country.Name != chunk.Text)
                {
                    var record = registry.Mention(EntityKind.Organization, country.Name + " " + token.Text, chunk.Sentence, chunk.Start, tokens[end].End);
                    registry.AddAlias(record, name);
                    return true;
                }

                var body = registry.Mention(EntityKind.Organization, name, chunk.Sentence, chunk.Start, tokens[end].End);

                // "Velmora's health ministry", "the league's ethics committee": the lower-case words after the owner are
                // the body's short name, by which the document names it again ("the health ministry said"). One noun
                // alone ("Velmora's army") is every body's word, no name.
                if (possessive && end == p && p > start)
                {
                    registry.AddAlias(body, AnalyzedText.CollapseWhitespace(text.Original, tokens[start].Start, tokens[p].End));
                }

                // The owner of a possessive (also with its level: "Orra state's"), and a country with an embassy, are named in
                // their own right.
                return !possessive && !ownerLevel && missionEnd == p;
            }

            words++;
        }

        return false;
    }

    // Verbs of saying that are also plural nouns a body's name may hold before its head ("the Velm reports committee").
    private static readonly HashSet<string> SayingVerbsAlsoNouns = Lexicon.Set("states notes comments reports posts calls claims");

    private static bool IsSayingVerbAfterName(Token token) =>
        Lexicon.AttributionVerbs.Contains(token.Text) && !SayingVerbsAlsoNouns.Contains(token.Text);

    // A body's own name before "party" or "group": no party adjective, nationality, place, "-based" description,
    // capitalised first word of a sentence ("the Conservative group", "the South Velmorian group", "the Harlow-based
    // group", "One group attacked") or lone dictionary word ("the Communist party", "the Progressive party": the
    // adjective names no party without its noun, as "Democratic" does not).
    private bool NamesBodyBeforeKindNoun(NameChunk chunk, Token noun)
    {
        var name = chunk.Text;
        var tokens = chunk.Tokens;
        var opensSentence = chunk.First == 0 || tokens[chunk.First - 1].Kind == TokenKind.Symbol || NameChunker.IsClauseStart(tokens, chunk.First);
        if (Lexicon.PartyAdjectives.Contains(name) || Lexicon.NonNameWords.Contains(name) || name.EndsWith("-based", System.StringComparison.Ordinal)
            || (chunk.SpacedWordCount == 1 && (opensSentence || Gazetteer.EnglishWords.IsOrdinaryWord(name))))
        {
            return false;
        }

        // A party's name may hold its country ("the Velmoria First party"); a group's words describe it there.
        if (noun.Is("party"))
        {
            return !NameForms.IsCountryOrDemonym(name);
        }

        for (var k = chunk.First; k <= chunk.Last; k++)
        {
            if (NameForms.IsCountryOrDemonym(tokens[k].Text))
            {
                return false;
            }
        }

        return !gazetteer.TryFind(name, out _);
    }

    // "the Zarqan movement" (but "the Mothers for Clean Rivers movement" is already whole, and "the Brexit movement" is a
    // cause); "the Velmorian military" is a country's armed forces (but "the Jeep military convoy" is a vehicle, and in
    // "a Velmorian military helicopter" the article is the helicopter's: "military" only describes it).
    private bool NamesBodyWithNoun(NameChunk chunk, Token noun)
    {
        if (noun.Is("military"))
        {
            var indefinite = chunk.First >= 1 && (chunk.Tokens[chunk.First - 1].Is("a") || chunk.Tokens[chunk.First - 1].Is("an"));
            return !indefinite && gazetteer.TryFind(chunk.Text, out var country) && country.Kind == Model.PlaceKind.Country;
        }

        // "the Orra Valley cartel", "the Tarsk militia", but not "a Velmorian militia", "rival Orra gangs": one group
        // named by its name, not a kind of group described by where it comes from.
        if (ArmedGroupNouns.Contains(noun.Text))
        {
            return chunk.First >= 1 && chunk.Tokens[chunk.First - 1].Is("the") && NameForms.CountryOfDemonym(chunk.Text) is null
                && chunk.Text.IndexOf("-backed", System.StringComparison.Ordinal) < 0 && chunk.Text.IndexOf("-linked", System.StringComparison.Ordinal) < 0;
        }

        return !noun.Is("movement") || (chunk.SpacedWordCount == 1 && !Lexicon.NonNameWords.Contains(chunk.Text) && !Lexicon.NonNameWords.Contains(chunk.Text.TrimEnd('s')));
    }

    // "Ana Ruiz took office", "who left office in May": the office held, an object of the verb, is no body. (Regular
    // past forms, "assumed office", end the phrase by their "-ed" already.)
    private static readonly HashSet<string> VerbsTakingOffice = Lexicon.Set(
        "take takes taking took taken hold holds holding held leave leaves leaving left win wins winning won " +
        "seek seeks seeking sought lose loses losing lost assume assumes assuming enter enters entering");

    // "district attorney's office", "historic preservation office": an office named for a public service (but
    // "the president's office", "his government office" are rooms of a person or a government).
    private static bool IsOfficeOfAService(IReadOnlyList<Token> tokens, int start, int office)
    {
        var owner = tokens[office - 1].Text is "'s" ? office - 2 : office - 1;
        return owner >= start && NameForms.IsLowerWord(tokens[owner]) && !VerbsTakingOffice.Contains(tokens[owner].Text)
            && tokens[owner].Text is not ("government" or "president" or "minister" or "premier" or "mayor" or "governor" or "chancellor" or "leader" or "party" or "campaign" or "head" or "home" or "post");
    }

    // "the Velmorian Embassy in Ostravel": the city is a place of its own.
    private void ClassifyMissionCity(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if (tokens[k].Is("in") && Lexicon.DiplomaticMissions.Contains(tokens[k - 1].Text))
            {
                ClassifySpan(SubChunk(chunk, k + 1, chunk.Last), chunks);
                return;
            }
        }
    }

    // "embassy in Ostravel": the last token of the city named after a diplomatic mission, or the mission itself.
    private static int MissionCityEnd(IReadOnlyList<Token> tokens, int noun)
    {
        if (!Lexicon.DiplomaticMissions.Contains(tokens[noun].Text) || noun + 2 >= tokens.Count || !tokens[noun + 1].Is("in") || !NameChunker.IsNameWord(tokens[noun + 2])
            || Lexicon.CapitalisedFunctionWords.Contains(tokens[noun + 2].Text))
        {
            return noun;
        }

        var end = noun + 2;
        while (end + 1 < tokens.Count && NameChunker.IsNameWord(tokens[end + 1]) && tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        return end;
    }

    private bool FollowsPersonOf(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var of = chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? chunk.First - 2 : chunk.First - 1;
        return of >= 1 && tokens[of].Is("of") && NameChunker.IsNameWord(tokens[of - 1]) && PersonByPartOfName(tokens[of - 1].Text) is not null;
    }

    private string? DomainName(NameChunk chunk)
    {
        var end = chunk.End;
        var normalized = text.Normalized;
        var sentenceEnd = chunk.Sentence.End;
        var sawDot = false;
        // Only lower-case labels after the dots ("UOL.com.br"), so "Assange.Image" is not a web address.
        while (end + 1 < sentenceEnd && normalized[end] == '.' && char.IsLower(normalized[end + 1]))
        {
            sawDot = true;
            end++;
            while (end < sentenceEnd && char.IsLower(normalized[end]))
            {
                end++;
            }
        }

        return sawDot ? text.Original.Substring(chunk.Start, end - chunk.Start) : null;
    }

    // "Kestrel Labs", "Fenwick Partners": a longer name ending in a word for a business or a club is one, whatever
    // its first words look like (but "Labs" alone, or "Systems" opening a sentence, is a common noun).
    // (A title's words are no company: "Getting Into Comics" opens with a function word.)
    private static bool HasCompanyEnding(NameChunk chunk) =>
        chunk.SpacedWordCount > 1 && chunk.Tokens[chunk.Last].IsWord && char.IsUpper(chunk.Tokens[chunk.Last].Text[0])
        && Lexicon.CompanyEndings.Contains(chunk.Tokens[chunk.Last].Text) && !Lexicon.CapitalisedFunctionWords.Contains(chunk.Tokens[chunk.First].Text);

    // "Northfield Light & Power", "Arden Gas & Electric": three or more capitalised words with a spaced ampersand inside
    // name a firm; news prose writes "and" between two names, and people are not named with "&" (a given name opening
    // the name, "Ana Ruiz & Jo Kim", and a known country in it, "Trinidad & Tobago Airways", are left to other rules).
    private bool IsAmpersandFirmName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (Gazetteer.GivenNames.Contains(tokens[chunk.First].Text))
        {
            return false;
        }

        var ampersand = false;
        var words = 0;
        for (var k = chunk.First; k <= chunk.Last; k++)
        {
            if (tokens[k].IsSymbol('&'))
            {
                ampersand |= tokens[k].SpaceBefore && k > chunk.First && k < chunk.Last;
            }
            else if (NameChunker.IsNameWord(tokens[k]))
            {
                if (NameForms.IsCountryOrDemonym(tokens[k].Text))
                {
                    return false;
                }

                words++;
            }
        }

        return ampersand && words >= 3;
    }

    // "Denver Pelicans", "Arnmouth Pelicans", "the Velmoria Marines": a town or a country followed by a plural name is a
    // team or a corps (but "Denver Islands", "Arden Heights" end in a plural kind of place, and "Norwegians" is a people).
    private bool IsTeamOfAPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var end = LongestPlace(tokens, chunk.First, chunk.Last, out var place);
        if (place is null || end < chunk.First || end >= chunk.Last || (chunk.First < tokens.Count && tokens[chunk.First].Is("the") && end == chunk.First))
        {
            return false;
        }

        for (var k = end + 1; k <= chunk.Last; k++)
        {
            if (!tokens[k].IsWord || !char.IsUpper(tokens[k].Text[0]) || NameForms.IsAllCaps(tokens[k].Text))
            {
                return false;
            }
        }

        var last = tokens[chunk.Last].Text;
        return last.Length > 3 && last.EndsWith("s", System.StringComparison.Ordinal) && !last.EndsWith("ss", System.StringComparison.Ordinal)
            && !Lexicon.PlaceHeads.Contains(last) && !Lexicon.NonNameWords.Contains(last) && !Lexicon.EventWords.Contains(last)
            && NameForms.CountryOfDemonym(last) is null && !Lexicon.TitleWords.Contains(last.Substring(0, last.Length - 1));
    }

    // "Rally for Velmoria", "Teachers for Peace", "Mothers for Clean Rivers": a name built on "for" says what its
    // members stand for, so it names a movement or a campaign (but "Minister for Health" is an office and "Prize for
    // Literature" an award).
    private static bool IsCauseName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var cause = -1;
        for (var k = chunk.First + 1; k < chunk.Last && cause < 0; k++)
        {
            cause = tokens[k].Is("for") && NameForms.IsLowerWord(tokens[k]) ? k + 1 : -1;
        }

        // "DRM for Velm Movies", "Healthcare for All", "Brexit for Britons", "Pay for VTL": a code, a common word or a
        // policy around "for" is no movement's name.
        var first = tokens[chunk.First];
        if (cause < 0 || Lexicon.TitleWords.Contains(first.Text) || Lexicon.RoleHeads.Contains(first.Text) || NameForms.IsAllCaps(first.Text)
            || Lexicon.NonNameWords.Contains(first.Text) || Lexicon.CapitalisedFunctionWords.Contains(tokens[cause].Text) || NameForms.IsAllCaps(tokens[cause].Text)
            || Lexicon.NonNameWords.Contains(tokens[cause].Text) || (cause == chunk.Last && NameForms.CountryOfDemonym(tokens[cause].Text) is not null))
        {
            return false;
        }

        for (var k = chunk.First; k <= chunk.Last; k++)
        {
            if (Lexicon.EventWords.Contains(tokens[k].Text) || Lexicon.TitleWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Last words of the names of laws, treaties, contests, awards and flights: what a body passes, signs, holds,
    /// gives or flies. ("Awards" is left out: a ceremony is run like a body.)</summary>
    private static readonly HashSet<string> LawOrContestEndings = Lexicon.Set(
        "Act Acts Treaty Agreement Accord Accords Pact Protocol Charter Declaration Championship Championships Cup Prize Trophy Award Medal Flight " +
        "Olympiad Day Week");

    // "the Harbour Office Act", "the Velm League Championship", "the Ostland Council Prize", "Velm Air Flight 12", "Velm
    // Council Day": a body's head word inside the name of a law, a contest, a flight or a day kept only says who passed,
    // holds, flies or keeps it; the whole names no body (the parts may).
    private static bool EndsInLawOrContest(NameChunk chunk) =>
        chunk.SpacedWordCount > 1 && LawOrContestEndings.Contains(chunk.Tokens[chunk.Last].Text);

    // "Project Harrow", "Group C", "Radio Control Law", "Court Packing": a body's word opening a name that goes on
    // with no body's word, no "of" and no place after it names a project, a grade, a law or an idea; a body puts its
    // head last ("Harrow Project") or joins its field to it ("Group of Seven", "University College London").
    internal static bool IsOpenedByHeadOnly(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        // ("Radio Velm" is a broadcaster, but "Radio Control Law" a law.)
        if (chunk.SpacedWordCount < 2 || !Lexicon.OrganizationHeads.Contains(tokens[chunk.First].Text)
            || (OutletOpeners.Contains(tokens[chunk.First].Text) && !Lexicon.EventWords.Contains(tokens[chunk.Last].Text)))
        {
            return false;
        }

        for (var i = chunk.First + 1; i <= chunk.Last; i++)
        {
            if (!tokens[i].IsWord || !char.IsUpper(tokens[i].Text[0]) || Lexicon.IsBodyOrCompanyWord(tokens[i].Text))
            {
                return false;
            }
        }

        // "Air Velmoria Express": an airline names its country.
        for (var i = chunk.First + 1; i <= chunk.Last; i++)
        {
            if (Gazetteer.PlaceGazetteer.Instance.TryFind(tokens[i].Text, out _) || NameForms.IsCountryOrDemonym(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Body words that open the name of a newspaper or a broadcaster ("Daily Ledger", "Radio Velm").</summary>
    private static readonly HashSet<string> OutletOpeners = Lexicon.Set("Daily Radio Television TV");

    private static bool HasOrganizationHead(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && Lexicon.OrganizationHeads.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return IsCompanyAbbreviationEnding(chunk);
    }

    // "Velmor & Tarsk Co.", "Orra Motor Co", "Velm Co.": "Co" closing a run of three or more words, or one with "&" or
    // "and" before it, or followed by a stop, is the firm's "Company" ("Co" opens an Irish county's name, "Co Tarsk",
    // so it is no head anywhere else in the run; "Sligo Co", "Kerry Co" is that county written the other way round).
    private static bool IsCompanyAbbreviationEnding(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount < 2 || tokens[chunk.Last].Text is not "Co")
        {
            return false;
        }

        if (chunk.SpacedWordCount >= 3 || chunk.Last + 1 < tokens.Count && tokens[chunk.Last + 1].IsSymbol('.'))
        {
            return true;
        }

        for (var k = chunk.First; k < chunk.Last; k++)
        {
            if (tokens[k].Text is "&" || tokens[k].Is("and"))
            {
                return true;
            }
        }

        return false;
    }

    // "the Republican Senate Majority Leader", "the Harbour Board Chairman": a body's name followed by an office in it
    // names the office, not the body; the body is whatever stands before the office words ("Senate", "Harbour Board").
    // Returns the last token of that body, or -1 when the chunk does not end in an office ("Office of the Prosecutor").
    private static int OfficeTitleBodyEnd(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (!Lexicon.TitleWords.Contains(tokens[chunk.Last].Text) || Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text))
        {
            return -1;
        }

        // ("K-P Education Department Adviser": a hyphen glued inside a word of the body's name is part of it.)
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if ((!tokens[i].IsWord || !char.IsUpper(tokens[i].Text[0])) && !(tokens[i].IsSymbol('-') && !tokens[i].SpaceBefore && i > chunk.First))
            {
                return -1;
            }
        }

        var end = chunk.Last;
        while (end >= chunk.First && (Lexicon.TitleWords.Contains(tokens[end].Text) || Lexicon.TitleModifiers.Contains(tokens[end].Text))
            && !Lexicon.OrganizationHeads.Contains(tokens[end].Text))
        {
            end--;
        }

        return end;
    }

    // "the Managing Director Velmoria Film Corporation, Jo Kim": an office of two or more words written straight before
    // the body it heads (no "of" between) names the office, not part of the body's name. Returns the first token of the
    // body, of two or more words ending in a head word, or -1 ("General Electric Company" opens with one word only).
    private static int OfficeTitleBodyStart(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var start = chunk.First;
        while (start < chunk.Last && Lexicon.TitleModifiers.Contains(tokens[start].Text) && !Lexicon.OrganizationHeads.Contains(tokens[start].Text))
        {
            start++;
        }

        while (start < chunk.Last && Lexicon.TitleWords.Contains(tokens[start].Text) && !Lexicon.OrganizationHeads.Contains(tokens[start].Text))
        {
            start++;
        }

        if (start - chunk.First < 2 || !Lexicon.TitleWords.Contains(tokens[start - 1].Text) || chunk.Last - start < 1
            || !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text))
        {
            return -1;
        }

        for (var i = start; i <= chunk.Last; i++)
        {
            if (!tokens[i].IsWord || !char.IsUpper(tokens[i].Text[0]))
            {
                return -1;
            }
        }

        return start;
    }

    // The body before an office is read on its own, without the party word that describes the office-holder
    // ("Republican Senate" is the Senate).
    private void ClassifyOfficeBody(NameChunk chunk, int bodyEnd, List<NameChunk> chunks)
    {
        var first = chunk.First;
        while (first < bodyEnd && Lexicon.PartyAdjectives.Contains(chunk.Tokens[first].Text))
        {
            first++;
        }

        ClassifySpan(SubChunk(chunk, first, bodyEnd), chunks);
    }
}
