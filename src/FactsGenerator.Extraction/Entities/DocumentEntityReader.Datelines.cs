using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// The dateline that opens a wire or newspaper story: the place it was filed from in capitals, then a region, a date
/// or the agency, then a dash ("TARSK, Velmoria (AP) -", "ORRA CITY, June 3 (Reuters) -", "NEW VELM:"). The capitals
/// spell a place, not an acronym of a body.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxDatelineWords = 4;

    /// <summary>Particles written in lower case inside a place's name ("Rio de Janeiro", "Port-au-Prince").</summary>
    private static readonly HashSet<string> PlaceParticles = Lexicon.Set("de del la le les du des da do dos das di au aux sur upon al el");

    private bool datelineRead;

    // Reads a dateline at the start of the first body paragraph, registers its place, and drops the chunks of the
    // capitals, which would otherwise read as acronyms, and of the agency in brackets, which signs the story as a
    // byline would.
    private void TakeDateline(Sentence sentence, List<NameChunk> chunks)
    {
        var tokens = sentence.Tokens;
        if (datelineRead || sentence.Start != sentence.Paragraph.Start)
        {
            return;
        }

        datelineRead = true;
        var last = CapitalsRunEnd(tokens);
        if (last < 0)
        {
            return;
        }

        var written = TitleCased(tokens, last);
        var known = gazetteer.TryFind(written, out var place) || (last == 0 && gazetteer.TryFindTown(written, out place));
        var dash = DatelineDash(tokens, last + 1, out var region);
        if (!known && dash < 0)
        {
            return;
        }

        var record = registry.Mention(EntityKind.Place, known ? place.Name : written, sentence, tokens[0].Start, tokens[last].End);
        if (known)
        {
            record.PlaceKind = place.Kind;
        }

        // The region is read here, not by its chunk: the agency's bracket after it is no short form of its name.
        if (region is { } filedIn)
        {
            var regionRecord = registry.Mention(EntityKind.Place, filedIn.Place.Name, sentence, tokens[filedIn.First].Start, tokens[filedIn.Last].End);
            regionRecord.PlaceKind = filedIn.Place.Kind;
        }

        chunks.RemoveAll(chunk => chunk.First <= last || chunk.First < dash);
    }

    // The last token of the capitals that open the sentence ("SAN JUAN", "PORT-AU-PRINCE", "ST. ORRA"), when a comma,
    // a bracket, a colon or a spaced dash follows them; otherwise -1.
    private static int CapitalsRunEnd(IReadOnlyList<Token> tokens)
    {
        var words = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.IsWord && IsCapitalsWord(token.Text) && (i == 0 || token.SpaceBefore || tokens[i - 1].IsSymbol('-') || tokens[i - 1].IsSymbol('.')))
            {
                words++;
                i++;
                continue;
            }

            // "ST. ORRA", "PORT-AU-PRINCE": a full stop after a short form, or a hyphen, inside the name.
            if (i > 0 && !token.SpaceBefore && (token.IsSymbol('.') || token.IsSymbol('-')) && i + 1 < tokens.Count && tokens[i + 1].IsWord
                && IsCapitalsWord(tokens[i + 1].Text))
            {
                i++;
                continue;
            }

            break;
        }

        if (words == 0 || words > MaxDatelineWords || i >= tokens.Count)
        {
            return -1;
        }

        var after = tokens[i];
        return after.IsSymbol(',') || after.IsSymbol('(') || after.IsSymbol(':') || (after.IsSymbol('-') && after.SpaceBefore) ? i - 1 : -1;
    }

    // Two letters or more, all capitals: "UK" and "NEW" are, "A" and "I" are not.
    private static bool IsCapitalsWord(string word) => word.Length >= 2 && NameForms.IsAllCaps(word);

    // "ORRA, Velmoria -", "ORRA, June 3 (Reuters) -", "ORRA (AFP) -": the spaced dash that ends a dateline after a
    // known region or country (given back), or after an agency in brackets, or -1. A place unknown to the gazetteer
    // opens a dateline only with such a dash.
    private int DatelineDash(IReadOnlyList<Token> tokens, int after, out (GazetteerPlace Place, int First, int Last)? region)
    {
        region = null;
        var i = after;
        if (i < tokens.Count && tokens[i].IsSymbol(','))
        {
            var start = ++i;
            while (i < tokens.Count && (tokens[i].IsWord || tokens[i].IsNumber))
            {
                i++;
            }

            if (i > start && gazetteer.TryFind(AnalyzedText.CollapseWhitespace(text.Original, tokens[start].Start, tokens[i - 1].End), out var place))
            {
                region = (place, start, i - 1);
            }
        }

        if (i < tokens.Count && tokens[i].IsSymbol('('))
        {
            while (i < tokens.Count && !tokens[i].IsSymbol(')'))
            {
                i++;
            }

            i++;
        }
        else if (region is null)
        {
            return -1;
        }

        return i < tokens.Count && tokens[i].IsSymbol('-') && tokens[i].SpaceBefore ? i : -1;
    }

    // "SAN JUAN" → "San Juan", "RIO DE JANEIRO" → "Rio de Janeiro", "PORT-AU-PRINCE" → "Port-au-Prince".
    private static string TitleCased(IReadOnlyList<Token> tokens, int last)
    {
        var builder = new StringBuilder();
        for (var i = 0; i <= last; i++)
        {
            var token = tokens[i];
            if (i > 0 && token.SpaceBefore)
            {
                builder.Append(' ');
            }

            var word = token.Text;
            if (!token.IsWord || (i > 0 && PlaceParticles.Contains(word)))
            {
                builder.Append(token.IsWord ? word.ToLowerInvariant() : word);
                continue;
            }

            builder.Append(word[0]).Append(word.Substring(1).ToLowerInvariant());
        }

        return builder.ToString();
    }
}
