using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Quantities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    // Offices that are given a remit with "for" besides the titles ("the coordinator for refugee affairs").
    private static readonly HashSet<string> RemitHeads = new(System.StringComparer.Ordinal) { "coordinator", "rapporteur", "czar", "tsar", "counselor", "counsellor" };

    /// <summary>
    /// "X, the special envoy for Chile", "the coordinator for humanitarian affairs": the country, region or field an office
    /// is held for is part of the office. Returns the last index of the remit after the "for" at p, or -1: a body after
    /// "for" is whom the person works for ("a spokesman for the Coast Guard"), and a time how long ("a director for
    /// years").
    /// </summary>
    private static int RemitEnd(IReadOnlyList<Token> tokens, int p, string role)
    {
        var head = HeadOf(role);
        if (p + 1 >= tokens.Count || !tokens[p].Is("for") || !(Lexicon.TitleWords.Contains(head) || RemitHeads.Contains(head)))
        {
            return -1;
        }

        // ("the senator for Ohio": a legislator's place is the seat, said as the affiliation; a "special representative
        // for Chile" is an envoy.)
        if (Legislators.Contains(head) && (role == head || role == "former " + head || role == ExPrefix + head))
        {
            return -1;
        }

        var first = p + 1;

        // "the regional director for (the) Middle East and North Africa": two places joined by "and" are one remit.
        if (CoordinatedPlacesEnd(tokens, first) is var areaEnd and > 0)
        {
            return areaEnd;
        }

        if (NameForms.IsLowerWord(tokens[first]))
        {
            return IsFieldWord(tokens[first]) ? LowerCaseFieldEnd(tokens, first) : -1;
        }

        // "the Director for Emergency Co-ordination,": a field in capitals, everyday words only, is the remit too.
        if (CapitalisedFieldEnd(tokens, first) is var fieldEnd and >= 0)
        {
            return fieldEnd;
        }

        // A place: a country or its people in one word, or a gazetteer place of up to three words ("Central Europe").
        var placeEnd = PlaceEndAt(tokens, first);

        // ("the envoy for Chile Airlines": a place that opens a longer name is that name's.)
        if (placeEnd < 0 || (placeEnd + 1 < tokens.Count && NameChunker.IsNameWord(tokens[placeEnd + 1])))
        {
            return -1;
        }

        // "the special envoy for Chile trade talks": lower-case nouns after the place are the field held there.
        return placeEnd + 1 < tokens.Count && IsFieldWord(tokens[placeEnd + 1]) ? LowerCaseFieldEnd(tokens, placeEnd + 1) : placeEnd;
    }

    // A lower-case word that can open a field ("humanitarian", "refugee"), not a determiner, a function word, a figure
    // or a time.
    private static bool IsFieldWord(Token word) =>
        NameForms.IsLowerWord(word) && IsModifier(word) && !IsDeterminer(word) && !PossessivePronouns.Contains(word.Text)
        && !QuantityLexicon.IsFunctionWord(word.Text) && !QuantityLexicon.TryTimeUnit(word.Text, out _) && !NumberWords.IsCardinalWord(word.Text);

    // The last index of up to three capitalised everyday words from first ("Emergency Co-ordination", "Human Rights")
    // that end at punctuation and name no body, country or place, or -1.
    private static int CapitalisedFieldEnd(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxFieldWords = 3;
        var end = first - 1;
        var words = 0;
        while (end + 1 < tokens.Count && words < MaxFieldWords && NameChunker.IsNameWord(tokens[end + 1]) && IsCapitalisedFieldWord(tokens, end + 1))
        {
            end = HyphenatedEnd(tokens, end + 1);
            words++;
        }

        return end >= first && end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Symbol && !tokens[end + 1].IsSymbol('-')
            && !Gazetteer.OrganizationLexicon.Contains(TokenText.Of(tokens, first, end)) && !Gazetteer.PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, first, end), out _)
            ? end
            : -1;
    }

    private static bool IsCapitalisedFieldWord(IReadOnlyList<Token> tokens, int k)
    {
        var word = tokens[k].Text;
        var hyphenated = HyphenatedEnd(tokens, k) > k ? TokenText.Of(tokens, k, HyphenatedEnd(tokens, k)) : word;
        return char.IsUpper(word[0]) && !NameForms.IsAllCaps(word) && !NameForms.IsCountryOrDemonym(word) && !Lexicon.OrganizationHeads.Contains(word)
            && (Gazetteer.EnglishWords.IsOrdinaryWord(hyphenated) || Gazetteer.EnglishWords.IsOrdinaryWord(hyphenated.Replace("-", string.Empty)));
    }
}
