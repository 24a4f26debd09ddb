using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "The Chilean government said", "the government of Chile announced": a country's government speaks as a body, though
/// the entity reader lists no organisation for it (the phrase is a place or its adjective plus a common noun). The
/// speaker is the phrase as written, without "the"; only "the" (or nothing) may open it, so "a Chilean government
/// source" or "its government" gives nobody.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>The longest run of capitalised words naming a country ("South Korean").</summary>
    private const int MaxCountryWords = 3;

    // One body per phrase, so that the same government speaking twice is one speaker.
    private readonly Dictionary<string, EntityRecord> governments = new(System.StringComparer.Ordinal);

    /// <summary>A country's government named by the words ending at index, or null.</summary>
    private EntityMention? GovernmentEndingAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 1 || !tokens[index].IsWord || MentionEndingAt(tokens, index) is not null)
        {
            return null;
        }

        int first;
        if (tokens[index].Is("government"))
        {
            // "the Chilean government"
            first = CountryRunStart(tokens, index - 1);
            if (first < 0)
            {
                return null;
            }
        }
        else
        {
            // "the government of Chile"
            var country = CountryRunStart(tokens, index);
            if (country < 2 || !tokens[country - 1].Is("of") || !tokens[country - 2].Is("government"))
            {
                return null;
            }

            first = country - 2;
        }

        if (first >= 1 && !tokens[first - 1].Is("the"))
        {
            return null;
        }

        var sentence = text.SentenceAt(tokens[first].Start);
        if (sentence is null)
        {
            return null;
        }

        var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[index].End);
        if (!governments.TryGetValue(name, out var record))
        {
            record = new EntityRecord(EntityKind.Organization, name, text.EvidenceFor(sentence, tokens[first].Start, tokens[index].End));
            governments.Add(name, record);
        }

        return new EntityMention(record, tokens[first].Start, tokens[index].End, sentence.Index);
    }

    /// <summary>A country's government named by the words from start ("the Chilean government", "the government of
    /// Chile"), with the index of its last word, or null.</summary>
    private EntityMention? GovernmentStartingAt(IReadOnlyList<Token> tokens, int start, out int last)
    {
        last = -1;
        var k = start < tokens.Count && tokens[start].Is("the") ? start + 1 : start;
        var capitalised = k;
        while (capitalised < tokens.Count && capitalised - k < MaxCountryWords && tokens[capitalised].IsWord && tokens[capitalised].IsCapitalized)
        {
            capitalised++;
        }

        if (capitalised < tokens.Count && capitalised > k && tokens[capitalised].Is("government"))
        {
            last = capitalised;
        }
        else if (k + 2 < tokens.Count && tokens[k].Is("government") && tokens[k + 1].Is("of"))
        {
            last = k + 2;
            while (last + 1 < tokens.Count && last - k - 1 < MaxCountryWords && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized)
            {
                last++;
            }
        }

        var government = last < 0 ? null : GovernmentEndingAt(tokens, last);
        last = government is null ? -1 : last;
        return government;
    }

    // Where the capitalised words ending at last start, when together they name a country or its people; else -1.
    private int CountryRunStart(IReadOnlyList<Token> tokens, int last)
    {
        var first = last + 1;
        while (first - 1 >= 0 && last - first + 1 < MaxCountryWords && tokens[first - 1].IsWord && tokens[first - 1].IsCapitalized && !tokens[first - 1].Is("the"))
        {
            first--;
        }

        if (first > last)
        {
            return -1;
        }

        var run = AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[last].End);
        return NameForms.IsCountryOrDemonym(run) ? first : -1;
    }
}
