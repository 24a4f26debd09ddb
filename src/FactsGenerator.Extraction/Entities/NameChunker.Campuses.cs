using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The campus of a state university system, which is part of the university's name.</summary>
internal static partial class NameChunker
{
    /// <summary>At most this many words name a campus's city ("San Luis Obispo"); a longer capitalised run is no campus.</summary>
    private const int MaxCampusWords = 3;

    // "University of Alberta" is one university, but an American state's university is a system of campuses named by
    // their city after a comma or "at" ("University of Oregon, Eugene", "University of Texas at Dallas"); the campus
    // is the body a researcher works at. Returns the new last token, or last when no campus follows.
    private static int ExtendOverCampus(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last + 2 >= tokens.Count || !(tokens[last + 1].IsSymbol(',') || tokens[last + 1].Is("at")) || !EndsInStateUniversity(tokens, first, last))
        {
            return last;
        }

        var end = last + 1;
        while (end + 1 < tokens.Count && end - last <= MaxCampusWords && IsNameWord(tokens[end + 1]) && tokens[end + 1].SpaceBefore
            && !IsCalendarWord(tokens[end + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[end + 1].Text))
        {
            end++;
        }

        // The name ends with the campus ("University of Texas, Austin, and Rice"). After "at" any name is a campus
        // (the phrase is the system's own naming); after a comma only a city of the country is, not a country or a
        // region ("University of Iowa, Iowa", "University of Maine, Canada" add where, not which campus).
        if (end == last + 1 || (end + 1 < tokens.Count && IsNameWord(tokens[end + 1])))
        {
            return last;
        }

        if (tokens[last + 1].Is("at"))
        {
            return end;
        }

        return IsAmericanPlace(tokens, last + 2, end, PlaceKind.City) ? end : last;
    }

    // The run so far ends in "University of" and a state ("Ana Ruiz of the University of Ohio" is still one run here).
    private static bool EndsInStateUniversity(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var u = last - 2; u >= first && u >= last - 4; u--)
        {
            if (tokens[u].Is("University") && tokens[u + 1].Is("of"))
            {
                return IsAmericanPlace(tokens, u + 2, last, PlaceKind.Region);
            }
        }

        return false;
    }

    // A state (a region) or a city of the United States, as the gazetteer spells the country.
    private static bool IsAmericanPlace(IReadOnlyList<Token> tokens, int first, int last, PlaceKind kind) =>
        PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, first, last), out var place) && place.Kind == kind
        && PlaceGazetteer.Instance.TryFind("United States", out var country) && place.Country == country.Name;
}
