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

    // The body paragraphs a dateline may open: the first, or the second or third after a standfirst.
    private const int MaxDatelineParagraph = 3;

    // How many body paragraphs have been tried for the dateline.
    private int datelineParagraph;

    // "TARSK, Calif." ends a sentence for the splitter, so "(AP) -" opens the next: that sentence and its dash.
    private (Sentence Sentence, int Dash)? agencyAfterDateline;

    // Reads a dateline at the start of the first body paragraph, registers its place, and drops the chunks of the
    // capitals, which would otherwise read as acronyms, and of the agency in brackets, which signs the story as a
    // byline would.
    private void TakeDateline(Sentence sentence, List<NameChunk> chunks)
    {
        if (agencyAfterDateline is { } agency && agency.Sentence == sentence)
        {
            MentionBracketedAgency(chunks, agency.Dash);
            RemoveChunksBefore(chunks, agency.Dash);
            agencyAfterDateline = null;
            return;
        }

        var tokens = sentence.Tokens;
        if (datelineRead || sentence.Start != sentence.Paragraph.Start)
        {
            return;
        }

        // A standfirst may stand before the dateline ("Talks resume. // MOSCOW -- ..."): the second and third
        // paragraphs are read too, but only for a plain wire dateline (see IsLateDateline).
        datelineParagraph++;
        datelineRead = datelineParagraph >= MaxDatelineParagraph;
        var late = datelineParagraph > 1;
        var last = CapitalsRunEnd(tokens);
        var inCapitals = last >= 0;
        if (!inCapitals)
        {
            last = TitleCaseRunEnd(tokens);
            if (last < 0)
            {
                return;
            }
        }

        var firstPlaceEnd = inCapitals ? PlaceBeforeSlash(tokens, 0, last) : last;
        var written = inCapitals ? TitleCased(tokens, 0, firstPlaceEnd) : AnalyzedText.CollapseWhitespace(text.Original, tokens[0].Start, tokens[last].End);
        var known = TryFindDatelinePlace(written, firstPlaceEnd == 0, out var place);
        var dash = DatelineDash(tokens, last + 1, out var region);
        var dated = inCapitals && IsDatedAfterComma(tokens, last + 1);
        var next = NextInParagraph(sentence);
        var nextDash = dash < 0 && region is { } ended && ended.Last == tokens.Count - 1 && next is not null ? AgencyDash(next.Tokens, 0) : -1;

        // "Orra (AFP) -": a dateline in title case is read only for a known place before the dash, since an opening
        // name in brackets ("Velm Aid (VA) - the charity -") may be a body's short form.
        if ((!known && dash < 0 && nextDash < 0 && !dated) || (!inCapitals && (!known || (dash < 0 && nextDash < 0)))
            || (late && !IsLateDateline(tokens, inCapitals, known, dash, nextDash, last)))
        {
            return;
        }

        datelineRead = true;

        var record = registry.Mention(EntityKind.Place, known ? place.Name : written, sentence, tokens[0].Start, tokens[firstPlaceEnd].End);
        if (known)
        {
            record.PlaceKind = place.Kind;
        }

        MentionPlacesAfterSlashes(sentence, firstPlaceEnd, last);

        // The region is read here, not by its chunk: the agency's bracket after it is no short form of its name.
        if (region is { } filedIn)
        {
            var regionRecord = registry.Mention(EntityKind.Place, filedIn.Place.Name, sentence, tokens[filedIn.First].Start, tokens[filedIn.Last].End);
            regionRecord.PlaceKind = filedIn.Place.Kind;

            // "TARSK, N.C. (AP) -": the abbreviation is the state's alias, as it is after a town in the body.
            var regionWritten = AnalyzedText.CollapseWhitespace(text.Original, tokens[filedIn.First].Start, tokens[filedIn.Last].End);
            if (StateAbbreviations.StateOf(regionWritten) is not null)
            {
                registry.AddAlias(regionRecord, regionWritten);
            }
            else if (StateAbbreviations.StateOfPostalCode(regionWritten) is not null)
            {
                // Listed, never looked up: "ID", "OK", "MD" or "PA" later in the story are everyday capitals ("photo ID").
                regionRecord.AddAlias(regionWritten);
            }
        }

        var readTo = dash >= 0 ? dash : region is { } read ? read.Last + 1 : last + 1;
        MentionBracketedAgency(chunks, readTo);
        MentionSlashedAgency(sentence, next, readTo);

        RemoveChunksBefore(chunks, readTo);
        if (nextDash >= 0)
        {
            agencyAfterDateline = (next!, nextDash);
        }
    }

    // "TARSK, Velmoria (AP) -": the agency that signs the story is a body the story names, like a credit in the text
    // ("Orra City, June 3 (Reuters) -" reads the same), though its brackets make no short form of the dateline's place.
    private void MentionBracketedAgency(List<NameChunk> chunks, int index)
    {
        foreach (var chunk in chunks)
        {
            var tokens = chunk.Tokens;
            // ("NEW VELM (VelmTV/AP) -": two credits shared by a slash are two bodies that sign the story.)
            if (chunk.First < index && chunk.First > 0 && chunk.Last + 1 < tokens.Count && IsCreditOpener(tokens[chunk.First - 1]) && IsCreditCloser(tokens[chunk.Last + 1])
                && (tokens[chunk.First - 1].IsSymbol('(') || tokens[chunk.Last + 1].IsSymbol(')') || IsInsideBrackets(tokens, chunk.First, index)))
            {
                registry.Mention(EntityKind.Organization, chunk.Text, chunk.Sentence, chunk.Start, chunk.End);
            }
        }
    }

    // "TARSK, September 13. /TASS/. The talks ...": the agency between slashes after the dateline signs the story, as one
    // in brackets does; the splitter may have left it at the start of the next sentence.
    private void MentionSlashedAgency(Sentence sentence, Sentence? next, int from)
    {
        const int MaxDateTokens = 6;
        var tokens = sentence.Tokens;
        for (var k = from; k + 2 < tokens.Count && k - from <= MaxDateTokens; k++)
        {
            if (IsSlashedName(tokens, k))
            {
                registry.Mention(EntityKind.Organization, tokens[k + 1].Text, sentence, tokens[k + 1].Start, tokens[k + 1].End);
                return;
            }
        }

        if (next is not null && IsSlashedName(next.Tokens, 0))
        {
            registry.Mention(EntityKind.Organization, next.Tokens[1].Text, next, next.Tokens[1].Start, next.Tokens[1].End);
        }
    }

    // "/TASS/": one word in capitals between two slashes (a region set between slashes, "/Orra/", is written in title case).
    private bool IsSlashedName(IReadOnlyList<Token> tokens, int slash) =>
        slash + 2 < tokens.Count && tokens[slash].IsSymbol('/') && tokens[slash + 1].IsWord && NameForms.IsAllCaps(tokens[slash + 1].Text)
        && tokens[slash + 1].Text.Length > 1 && tokens[slash + 2].IsSymbol('/') && !gazetteer.TryFind(tokens[slash + 1].Text, out _);

    private static bool IsCreditOpener(Token token) => token.IsSymbol('(') || token.IsSymbol('/');

    private static bool IsCreditCloser(Token token) => token.IsSymbol(')') || token.IsSymbol('/');

    // A "(" before first, and no ")" between them, within the dateline's tokens before index.
    private static bool IsInsideBrackets(IReadOnlyList<Token> tokens, int first, int index)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (tokens[k].IsSymbol(')'))
            {
                return false;
            }

            if (tokens[k].IsSymbol('('))
            {
                return k < index;
            }
        }

        return false;
    }

    // After a standfirst only capitals of a place the gazetteer knows, ended by a dash or an agency in brackets and a
    // dash, open the paragraph as a dateline ("MOSCOW -- ...", "LISBON (Reuters) -"): a later paragraph may open with a
    // body's acronym ("NATO - the alliance - said") or a label ("UPDATE -") that is no dateline.
    private bool IsLateDateline(IReadOnlyList<Token> tokens, bool inCapitals, bool known, int dash, int nextDash, int last) =>
        inCapitals && known && (dash >= 0 || nextDash >= 0 || IsDatelineDashAt(tokens, last + 1));

    // Its own method: a lambda over the locals of TakeDateline would make its closure for every sentence read.
    private static void RemoveChunksBefore(List<NameChunk> chunks, int index) => chunks.RemoveAll(chunk => chunk.First < index);

    private Sentence? NextInParagraph(Sentence sentence)
    {
        var index = sentence.Index + 1;
        return index < text.Sentences.Count && text.Sentences[index].Paragraph == sentence.Paragraph ? text.Sentences[index] : null;
    }

    // The last token of the capitals that open the sentence ("SAN JUAN", "PORT-AU-PRINCE", "ST. ORRA"; words of two
    // capitals or more, so "A" and "I" are none), when a comma, a bracket, a colon or a spaced dash or bullet follows them;
    // otherwise -1.
    private static int CapitalsRunEnd(IReadOnlyList<Token> tokens)
    {
        var words = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.IsWord && NameForms.IsAllCaps(token.Text) && (i == 0 || token.SpaceBefore || tokens[i - 1].IsSymbol('-') || tokens[i - 1].IsSymbol('.') || tokens[i - 1].IsSymbol('/')))
            {
                words++;
                i++;
                continue;
            }

            // "COX'S BAZAR —": a possessive set in capitals inside a place's name ("Cox's Bazar") continues the capitals.
            if (i > 0 && !token.SpaceBefore && token.Text == "'S" && tokens[i - 1].IsWord && NameForms.IsAllCaps(tokens[i - 1].Text)
                && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].SpaceBefore && NameForms.IsAllCaps(tokens[i + 1].Text))
            {
                i++;
                continue;
            }

            // "ST. ORRA", "PORT-AU-PRINCE": a full stop after a short form, or a hyphen, inside the name; "TARSK/ORRA": a
            // slash between the places of a story filed from several.
            if (i > 0 && !token.SpaceBefore && (token.IsSymbol('.') || token.IsSymbol('-') || token.IsSymbol('/')) && i + 1 < tokens.Count && tokens[i + 1].IsWord
                && NameForms.IsAllCaps(tokens[i + 1].Text))
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

        // ("NEW YORK • Workers ...": some papers set a spaced bullet where others set the dash.)
        var after = tokens[i];
        return after.IsSymbol(',') || after.IsSymbol('(') || after.IsSymbol(':') || ((after.IsSymbol('-') || after.IsSymbol('•')) && after.SpaceBefore) ? i - 1 : -1;
    }

    // The last token of the capitalised words that open the sentence before a comma or a bracket ("Orra (AFP) -",
    // "Orra City, June 3 (Reuters) -"); otherwise -1.
    private static int TitleCaseRunEnd(IReadOnlyList<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count && i < MaxDatelineWords && NameChunker.IsNameWord(tokens[i]) && (i == 0 || tokens[i].SpaceBefore))
        {
            i++;
        }

        return i > 0 && i < tokens.Count && (tokens[i].IsSymbol(',') || tokens[i].IsSymbol('(')) ? i - 1 : -1;
    }

    // "ORRA, Velmoria -", "ORRA, June 3 (Reuters) -", "ORRA (AFP) -": the spaced dash that ends a dateline after a
    // known region or country (given back), or after an agency in brackets, or -1. A place unknown to the gazetteer
    // opens a dateline only with such a dash.
    private int DatelineDash(IReadOnlyList<Token> tokens, int after, out (GazetteerPlace Place, int First, int Last)? region)
    {
        region = null;
        var i = after;
        if (i < tokens.Count && tokens[i].IsSymbol(','))
        {
            // "Velmoria", "June 3", "Calif.": words, numbers and the full stops of an abbreviation.
            var start = ++i;
            while (i < tokens.Count && (tokens[i].IsWord || tokens[i].IsNumber || (tokens[i].IsSymbol('.') && !tokens[i].SpaceBefore)))
            {
                i++;
            }

            var written = i > start ? AnalyzedText.CollapseWhitespace(text.Original, tokens[start].Start, tokens[i - 1].End) : string.Empty;
            // ("PAHOA, HAWAII (KHNL) -": some stations set the region in capitals too.)
            if (i > start && (gazetteer.TryFind(written, out var place) || (StateAbbreviations.StateOf(written) is { } state && gazetteer.TryFind(state, out place))
                || (i < tokens.Count && (tokens[i].IsSymbol('(') || IsDatelineDashAt(tokens, i)) && StateAbbreviations.StateOfPostalCode(written) is { } coded
                    && gazetteer.TryFind(coded, out place))
                || (NameForms.IsAllCaps(written) && gazetteer.TryFind(TitleCased(tokens, start, i - 1), out place))))
            {
                region = (place, start, i - 1);
            }
        }

        if (i < tokens.Count && tokens[i].IsSymbol('('))
        {
            return AgencyDash(tokens, i);
        }

        return region is not null && i < tokens.Count && IsDatelineDashAt(tokens, i) ? i : -1;
    }

    // A spaced dash, or a long dash glued to the words around it ("ORRA, Velmoria—Rescuers said"): a hyphen glued so
    // joins words instead.
    private bool IsDatelineDashAt(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsSymbol('-') && (tokens[i].SpaceBefore || TextNormalizer.IsClauseDash(text.Original[tokens[i].Start]));

    // "GENEVA, July 20 Up to ...", "TARSK, Sept. 11./TASS/.": a month and a day after the comma date the dispatch,
    // as a dash or an agency would end it, so the capitals before are the place it was filed from, known or not.
    private static bool IsDatedAfterComma(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 2 >= tokens.Count || !tokens[comma].IsSymbol(',') || !tokens[comma + 1].IsWord || !tokens[comma + 1].IsCapitalized
            || !Quantities.QuantityLexicon.IsMonth(tokens[comma + 1].Text))
        {
            return false;
        }

        var day = tokens[comma + 2].IsSymbol('.') ? comma + 3 : comma + 2;
        return day < tokens.Count && tokens[day].IsNumber;
    }

    // "(AP) -": the dash after an agency in brackets that opens at i, or -1.
    private int AgencyDash(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsSymbol('('))
        {
            return -1;
        }

        while (i < tokens.Count && !tokens[i].IsSymbol(')'))
        {
            i++;
        }

        i++;
        return i < tokens.Count && IsDatelineDashAt(tokens, i) ? i : -1;
    }

    // "TARSK/NEW ORRA (Reuters) -": the last token of the place that opens at first, before a slash or at last.
    private static int PlaceBeforeSlash(IReadOnlyList<Token> tokens, int first, int last)
    {
        var i = first;
        while (i < last && !tokens[i + 1].IsSymbol('/'))
        {
            i++;
        }

        return i;
    }

    // The places after the first of a dateline filed from several ("TARSK/NEW ORRA"): each is read when the
    // gazetteer knows it, so a slash in capitals never leaves a word to read as an acronym of a body.
    private void MentionPlacesAfterSlashes(Sentence sentence, int firstPlaceEnd, int last)
    {
        var tokens = sentence.Tokens;
        var slash = firstPlaceEnd + 1;
        while (slash < last && tokens[slash].IsSymbol('/'))
        {
            var end = PlaceBeforeSlash(tokens, slash + 1, last);
            var written = TitleCased(tokens, slash + 1, end);
            if (TryFindDatelinePlace(written, end == slash + 1, out var place))
            {
                var record = registry.Mention(EntityKind.Place, place.Name, sentence, tokens[slash + 1].Start, tokens[end].End);
                record.PlaceKind = place.Kind;
            }

            slash = end + 1;
        }
    }

    // A place of a dateline as the gazetteer knows it: by its name, or, written as one word, as a town.
    private bool TryFindDatelinePlace(string written, bool oneWord, out GazetteerPlace place) =>
        gazetteer.TryFind(written, out place) || (oneWord && gazetteer.TryFindTown(written, out place));

    // "SAN JUAN" → "San Juan", "RIO DE JANEIRO" → "Rio de Janeiro", "PORT-AU-PRINCE" → "Port-au-Prince".
    private static string TitleCased(IReadOnlyList<Token> tokens, int first, int last)
    {
        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var token = tokens[i];
            if (i > first && token.SpaceBefore)
            {
                builder.Append(' ');
            }

            var word = token.Text;
            if (!token.IsWord || (i > first && PlaceParticles.Contains(word)))
            {
                builder.Append(token.IsWord ? word.ToLowerInvariant() : word);
                continue;
            }

            builder.Append(word[0]).Append(word.Substring(1).ToLowerInvariant());
        }

        return builder.ToString();
    }
}
