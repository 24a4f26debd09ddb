using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Central Bank President X", "Election Commission Secretary X": a body named only by common words is no
/// proper name the reader could look up, so it stays in the office ("central bank president") besides being the
/// affiliation.</summary>
internal sealed partial class DocumentEntityReader
{
    // Heads of a body that, after common words only, name a kind of body rather than one by its name. (A party is
    // an affiliation by convention: "Labour Party leader" stays "leader".)
    private static readonly HashSet<string> GenericBodyHeads = new(System.StringComparer.Ordinal)
    {
        "Bank", "Commission", "Ministry", "Department", "Court", "Service", "Agency", "Office", "Guard", "Police",
        "Army", "Navy", "Bureau", "Board", "Council", "Committee", "Authority",
    };

    private const int MaxGenericBodyWords = 3;

    // Capitalised words of the holder's standing that may stand before the body without being part of its name
    // ("Acting Central Bank Governor X", "Senior Velm Official X").
    private static readonly HashSet<string> HolderStandingWords = Lexicon.Set("Former Acting Deputy Interim Vice Assistant Associate Senior Junior");

    // The office with the generic body before it in lower case ("central bank president", "former election commission
    // secretary"), or null when the words before the office name a body by its proper name, a country or a place.
    // runFirst is where the run of capitals holding body and office starts.
    private string? OfficeWithGenericBody(IReadOnlyList<Text.Token> tokens, int runFirst, NameChunk body, string office)
    {
        // (A lone head, "Court" left after "Supreme", is too little to name a kind of body.)
        if (body.First == body.Last || body.SpacedWordCount > MaxGenericBodyWords || !GenericBodyHeads.Contains(tokens[body.Last].Text)
            || gazetteer.TryFind(body.Text, out _) || IsCutFromLongerName(tokens, runFirst, body.First))
        {
            return null;
        }

        for (var k = body.First; k <= body.Last; k++)
        {
            var word = tokens[k];
            if (!word.IsWord || !char.IsUpper(word.Text[0]) || NameForms.IsCountryOrDemonym(word.Text) || !EnglishWords.IsOrdinaryWord(word.Text))
            {
                return null;
            }
        }

        // The word of tenure opens the whole office, "ex-" as much as "former" ("ex-central bank governor", not
        // "central bank ex-governor"), and so does a provisional one ("acting central bank governor").
        var tenure = office.StartsWith("former ", System.StringComparison.Ordinal) ? "former "
            : office.StartsWith(RoleParser.ExPrefix, System.StringComparison.Ordinal) ? RoleParser.ExPrefix : ProvisionalPrefix(office);
        return tenure + body.Text.ToLowerInvariant() + " " + office.Substring(tenure.Length);
    }

    // "acting " when the office opens with a word saying it is held for now, else empty.
    private static string ProvisionalPrefix(string office)
    {
        var space = office.IndexOf(' ');
        return space > 0 && RoleParser.ProvisionalOfficeWords.Contains(office.Substring(0, space)) ? office.Substring(0, space + 1) : string.Empty;
    }

    // "Federal Reserve Board Chairman X", "National Election Commission Chairman X": the title rule leaves a word such as
    // "Federal" out of the body, yet it began the body's name, and the common words left name no kind of body.
    // "Supreme Court Justice X", "Federal Reserve Board Chairman X", "Foreign Ministry Spokesman X": before a capitalised
    // title a word that also qualifies offices ("Federal", "Supreme", "Foreign") opening the body makes its name a proper
    // one, as the annotators write it ("justice" of the "Supreme Court"), not a kind of body folded into the office.
    private static bool OpensWithOfficeModifier(Text.Token word) => Lexicon.TitleModifiers.Contains(word.Text) && !HolderStandingWords.Contains(word.Text);

    private static bool IsCutFromLongerName(IReadOnlyList<Text.Token> tokens, int runFirst, int bodyFirst)
    {
        for (var k = runFirst; k < bodyFirst; k++)
        {
            if (tokens[k].IsWord && !Lexicon.CapitalisedFunctionWords.Contains(tokens[k].Text) && !HolderStandingWords.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }
}
