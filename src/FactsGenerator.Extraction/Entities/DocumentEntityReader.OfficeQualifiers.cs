using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Mission Director X", "Associate Project Director X", "Senior Policy Adviser X": title-case
/// copy capitalises the everyday words that say which director or manager someone is. They name no body the reader
/// could look up, so they stay in the office ("mission director") and are neither the affiliation nor an organisation.</summary>
internal sealed partial class DocumentEntityReader
{
    // Longer runs of everyday capitals before an office are more often a body's name ("Coastal Flood Defence Works").
    private const int MaxOfficeQualifierWords = 3;

    // Heads of a firm besides those of DocumentEntityReader.CompanyOffices.
    private static readonly HashSet<string> LeadersOfFirms = new(System.StringComparer.Ordinal)
    {
        "president", "owner", "co-founder", "cofounder", "cfo", "coo", "cto", "executive", "chief", "boss",
    };

    // Heads of a piece of work, not of a body, before the office of the one running it ("Project Manager", "Deputy
    // Programme Director"); other heads ("Board", "Council") keep the words before the office a body.
    private static readonly HashSet<string> WorkHeads = Lexicon.Set("Project Programme Program Initiative");

    // Where the office starts when every word of the run before roleStart is an everyday word qualifying it (or a word
    // of the holder's rank such as "Deputy"), or -1. A word the document also writes as a name of its own, a country,
    // a place, a party, a body's head word or a known body keeps the words before the office a body.
    private int OfficeQualifiersStart(IReadOnlyList<Token> tokens, NameChunk chunk, int roleStart, int title)
    {
        // ("Quillmark CEO X", "Brandell Founder X": a company's offices follow the company's name, everyday word or not.)
        var office = JoinLower(tokens, roleStart, title);
        if (roleStart <= chunk.First || CompanyOffices.Contains(office) || LeadersOfFirms.Contains(office))
        {
            return -1;
        }

        var everyday = 0;
        for (var k = chunk.First; k < roleStart; k++)
        {
            var word = tokens[k];
            if (!word.IsWord || !char.IsUpper(word.Text[0]) || NameForms.IsAllCaps(word.Text) || NameForms.IsCountryOrDemonym(word.Text))
            {
                return -1;
            }

            if (IsTitlePart(word))
            {
                continue;
            }

            if (!EnglishWords.IsOrdinaryWord(word.Text) || (Lexicon.OrganizationHeads.Contains(word.Text) && !WorkHeads.Contains(word.Text)) || Lexicon.PartyAdjectives.Contains(word.Text)
                || Lexicon.CapitalisedFunctionWords.Contains(word.Text) || GivenNames.Contains(word.Text) || gazetteer.TryFind(word.Text, out _))
            {
                return -1;
            }

            // ("United States Representative X": the words may name a place together.)
            if (LongestPlace(tokens, k, roleStart - 1, out _) >= 0)
            {
                return -1;
            }

            everyday++;
        }

        if (everyday == 0 || everyday > MaxOfficeQualifierWords)
        {
            return -1;
        }

        // ("Apple CEO X ... Apple said": a name the document writes on its own is the body the office belongs to.)
        var run = SubChunk(chunk, chunk.First, roleStart - 1).Text;
        if (evidence.IsCapitalisedMidSentence(run) || evidence.TryGetStrong(run, out _) || evidence.IsWeakOrganization(run) || evidence.IsNamedAsBody(run)
            || OrganizationLexicon.Contains(run))
        {
            return -1;
        }

        for (var k = chunk.First; k < roleStart; k++)
        {
            if (!IsTitlePart(tokens[k]) && evidence.IsCapitalisedMidSentence(tokens[k].Text))
            {
                return -1;
            }
        }

        return chunk.First;
    }

    // At most this many everyday capitals between a body's name and an office qualify the office ("Country Director",
    // "Foreign Policy Chief"); a longer run is more often the body's own name.
    private const int MaxQualifiersAfterBody = 2;

    // "NRC Country Director X", "Velm News Political Editor X", "the Harbour Board Regional Manager X", "EU Foreign Policy
    // Chief X": one or two everyday capitals between a body's name and an office say which director, editor or chief the
    // person is, like the capitals of OfficeQualifiersStart, and belong to the office, not to the body's name. The body
    // before them ends in an acronym or a body's head word, so it reads as a body without them. The longer run is tried
    // first. Returns where the office starts, or -1.
    private int QualifiersAfterBodyStart(IReadOnlyList<Token> tokens, NameChunk chunk, int roleStart)
    {
        for (var count = MaxQualifiersAfterBody; count >= 1; count--)
        {
            var first = QualifiersAfterBodyStart(tokens, chunk, roleStart, count);
            if (first >= 0)
            {
                return first;
            }
        }

        return -1;
    }

    // QualifiersAfterBodyStart with exactly count qualifying words.
    private int QualifiersAfterBodyStart(IReadOnlyList<Token> tokens, NameChunk chunk, int roleStart, int count)
    {
        var first = roleStart - count;
        if (first - 1 < chunk.First)
        {
            return -1;
        }

        // ("Quillmark Motor President X": a firm's head follows the firm's whole name; but "UN Refugee Chief X", "EU
        // Foreign Policy Chief X": after a body written in initials a chief's field is a remit, as in "the UN aid chief".)
        var bodyEnd = tokens[first - 1];
        var afterInitials = NameForms.IsAcronym(bodyEnd) && bodyEnd.Text.Length >= 2;
        if (LeadersOfFirms.Contains(tokens[roleStart].Text.ToLowerInvariant()) && !(afterInitials && tokens[roleStart].Is("Chief")))
        {
            return -1;
        }

        for (var k = first; k < roleStart; k++)
        {
            // ("EU Foreign Policy Chief X", "WHO Public Health Director X": a title's modifier opening two qualifiers is
            // the remit's adjective, not the title's; a lone one, or one before another title word, is left to the title.)
            var word = tokens[k];
            var remitAdjective = count > 1 && k == first && Lexicon.TitleModifiers.Contains(word.Text) && !IsTitlePart(tokens[k + 1])
                && !Lexicon.TitleWords.Contains(word.Text) && !Lexicon.RoleHeads.Contains(word.Text);
            if (!word.IsWord || !char.IsUpper(word.Text[0]) || NameForms.IsAllCaps(word.Text) || NameForms.IsCountryOrDemonym(word.Text) || (IsTitlePart(word) && !remitAdjective)
                || !EnglishWords.IsOrdinaryWord(word.Text) || Lexicon.IsBodyOrCompanyWord(word.Text) || Lexicon.PartyAdjectives.Contains(word.Text)
                || Lexicon.CapitalisedFunctionWords.Contains(word.Text) || GivenNames.Contains(word.Text) || gazetteer.TryFind(word.Text, out _)
                || Lexicon.PlaceHeads.Contains(word.Text) || evidence.IsCapitalisedMidSentence(word.Text))
            {
                return -1;
            }
        }

        if (!bodyEnd.IsWord || !(Lexicon.OrganizationHeads.Contains(bodyEnd.Text) || afterInitials))
        {
            return -1;
        }

        // ("United States Attorney X", "Velm Unified School District Superintendent X": the words may end a place's
        // name or a longer name the document writes elsewhere.)
        for (var k = chunk.First; k < first; k++)
        {
            if (LongestPlace(tokens, k, roleStart - 1, out _) == roleStart - 1 || evidence.IsCapitalisedMidSentence(SubChunk(chunk, k, roleStart - 1).Text))
            {
                return -1;
            }
        }

        return first;
    }
}
