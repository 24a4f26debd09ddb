using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Two signs that an unknown name is a body, read from the words a writer uses for it: a body that announces
/// something is "it" ("Marrow Freight said it would", "Tolland confirmed its"), where a person is "he" or "she"; and
/// a body is described with "which" ("Delvane, which represents ..."), where a person takes "who". Places do both
/// too, so a gazetteer name is left out; both are half votes, since "it" may also be the plain object of saying.
/// </summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Lower-case verbs of saying or deciding whose subject a following "it"/"its" refers back to.</summary>
    private static readonly HashSet<string> AnnouncingVerbs = Lexicon.Set(
        "said says announced announces confirmed confirms decided decides stated states warned warns added adds expects expected");

    /// <summary>What follows "it" when it is the speaker again, not a thing spoken of ("said it would", "confirmed it had").</summary>
    private static readonly HashSet<string> SubjectItAuxiliaries = Lexicon.Set("would will had has plans planned intends intended");

    private bool IsBodyByPronoun(NameChunk chunk, IReadOnlyList<Token> tokens, int last) =>
        IsUnplacedNameForPronoun(chunk) && (RefersBackAsIt(tokens, last) || IsDescribedWithWhich(tokens, last));

    // "Orrin Tech", "Dale Farm": a given name followed only by everyday words that are nobody's family name names a
    // business after its founder or its place, not a person.
    private static bool IsGivenNameBeforeCommonWords(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == chunk.Last)
        {
            return false;
        }

        for (var k = chunk.First + 1; k <= chunk.Last; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord || Gazetteer.Surnames.Contains(word) || Gazetteer.GivenNames.Contains(word) || !Gazetteer.EnglishWords.IsOrdinaryWord(word))
            {
                return false;
            }
        }

        return true;
    }

    // A gazetteer place or a demonym says "it" and takes "which" as well; a common word that only opens the
    // sentence is no name ("Officials said it would"). A name ending in a known family name is left to the person
    // rules ("Sipho Dlamini said it would").
    private bool IsUnplacedNameForPronoun(NameChunk chunk) =>
        !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) && !NameForms.IsCountryOrDemonym(chunk.Tokens[chunk.Last].Text)
        && !(chunk.First < chunk.Last && Gazetteer.Surnames.Contains(chunk.Tokens[chunk.Last].Text))
        && !(IsOpeningWord(chunk) && Gazetteer.EnglishWords.IsOrdinaryWord(chunk.Text)) && !chunk.InsideQuote;

    // "Marrow Freight said it would", "Tolland announced its", "Quarrel Bank confirmed that it had": the speaker
    // named again as "it" (its, or it followed by a verb of future or past action, not "said it was hard").
    private static bool RefersBackAsIt(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 1 >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || !AnnouncingVerbs.Contains(tokens[k].Text))
        {
            return false;
        }

        k++;

        // "said on Tuesday its profit rose": a weekday between the verb and its object.
        if (k + 2 < tokens.Count && tokens[k].Is("on") && NameForms.IsLowerWord(tokens[k]) && Lexicon.IsMonthOrWeekdayName(tokens[k + 1].Text))
        {
            k += 2;
        }

        if (tokens[k].Is("that") && NameForms.IsLowerWord(tokens[k]))
        {
            k++;
        }

        if (k >= tokens.Count || !NameForms.IsLowerWord(tokens[k]))
        {
            return false;
        }

        return tokens[k].Text == "its"
            || (tokens[k].Text == "it" && k + 2 < tokens.Count && NameForms.IsLowerWord(tokens[k + 1]) && SubjectItAuxiliaries.Contains(tokens[k + 1].Text)
                && !DummyItVerbs.Contains(tokens[k + 2].Text));
    }

    /// <summary>What follows "it would" or "it had" when "it" is the matter spoken of ("said it would take years").</summary>
    private static readonly HashSet<string> DummyItVerbs = Lexicon.Set("be been take taken cost mean meant seem seemed");

    // "Delvane, which represents 900 pilots", "Orrin Glass, which supplies": "which" and a verb in the present tense
    // say what a body does ("who" is for people; the verbs only a business has are a full vote, IsBusinessDescribed).
    private static bool IsDescribedWithWhich(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 3 >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !tokens[last + 2].Is("which") || !NameForms.IsLowerWord(tokens[last + 2]))
        {
            return false;
        }

        var verb = tokens[last + 3];
        return NameForms.IsLowerWord(verb) && verb.Text is "represents" or "manages" or "supplies"
            or "provides" or "offers" or "builds" or "funds" or "organises" or "organizes" or "lobbies" or "invests" or "lends" or "insures";
    }
}
