using FactsGenerator.Extraction.Gazetteer;
using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Where wire copy says things happen: the dateline opening the body ("SACRAMENTO, Calif. (AP) —", "LONDON
/// (Reuters) -"), a US state abbreviated after a town ("Tampa, Fla.") and a legislator's party tag ("Sen. Ana Ruiz,
/// D-N.Y.,"). These are places (the state spelled out, its abbreviation an alias), never bodies or people.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxDatelineCityWords = 4;

    private readonly List<(NameChunk Name, string Party)> partyTags = new();

    // Reads the dateline and the state abbreviations of a sentence and removes the chunks they cover, so that no
    // other rule reads "ALBANY" as a body or "N.Y." as an acronym.
    private void ReadWireLocations(Sentence sentence, List<NameChunk> chunks, bool firstOfBody)
    {
        var tokens = sentence.Tokens;
        var covered = new List<(int First, int Last)>();
        if (firstOfBody && DatelineCityEnd(tokens) is var cityLast && cityLast >= 0)
        {
            // "NEW YORK/LONDON (Reuters) -": a slash joins the towns a report was filed from.
            var first = 0;
            for (var i = 0; i <= cityLast + 1; i++)
            {
                if (i == cityLast + 1 || tokens[i].IsSymbol('/'))
                {
                    var city = DatelineChunk(sentence, first, i - 1, TitleCased(first, i - 1, tokens));
                    // ("PARADISE, Calif.", "PHOENIX (AP)": a town with its state after the comma or the agency's credit after
                    // it is one whatever its word; only a word alone before the dash may flag the report.)
                    if (!tokens[cityLast + 1].IsSymbol('-') || IsDatelineTown(city.Text))
                    {
                        Add(EntityKind.Place, city.Text, city);
                        covered.Add((first, i - 1));
                    }

                    first = i + 1;
                }
            }
        }

        for (var i = 2; i < tokens.Count; i++)
        {
            var afterTown = tokens[i - 1].IsSymbol(',') && IsTownBefore(tokens, i - 1);
            if (!afterTown && PartyOfTag(tokens, i) is null)
            {
                continue;
            }

            if (UsStateAbbreviations.At(tokens, i) is not { } state || !gazetteer.TryFind(state.State, out var place))
            {
                continue;
            }

            // "Harlowton, Mont.": the name before the state is a town, though no list knows it.
            if (afterTown && NameChunkIndex.EndingAt(chunks, i - 2) is { } town && !Covers(covered, town))
            {
                Add(EntityKind.Place, town.Text, town);
                covered.Add((town.First, town.Last));
            }

            var written = DatelineChunk(sentence, i, state.Last, AnalyzedText.CollapseWhitespace(text.Original, tokens[i].Start, tokens[state.Last].End));
            var record = Add(EntityKind.Place, place.Name, written);
            record.PlaceKind = place.Kind;
            registry.AddAlias(record, written.Text);
            covered.Add((i, state.Last));
            NotePartyTag(tokens, i, chunks);
        }

        for (var i = 2; i < tokens.Count; i++)
        {
            // "R-Texas": a state written out in a party tag is read with its tag's letter.
            if (PartyOfTag(tokens, i) is not null && UsStateAbbreviations.At(tokens, i) is null && tokens[i].IsWord && gazetteer.TryFind(tokens[i].Text, out var spelled))
            {
                var written = DatelineChunk(sentence, i, i, tokens[i].Text);
                var record = Add(EntityKind.Place, spelled.Name, written);
                record.PlaceKind = spelled.Kind;
                covered.Add((i - 2, i));
                NotePartyTag(tokens, i, chunks);
            }
        }

        NotePartyAppositions(tokens, chunks);
        if (covered.Count > 0)
        {
            chunks.RemoveAll(chunk => Covers(covered, chunk));
        }
    }

    // "Gov. Ana Ruiz, a Republican, said", "Ana Ruiz, a Democrat from Ohio,": the party the apposition names.
    private void NotePartyAppositions(IReadOnlyList<Token> tokens, List<NameChunk> chunks)
    {
        foreach (var chunk in chunks)
        {
            var p = chunk.Last + 1;
            if (p + 3 >= tokens.Count || !tokens[p].IsSymbol(',') || !(tokens[p + 1].Is("a") || tokens[p + 1].Is("an")))
            {
                continue;
            }

            var party = tokens[p + 2].Text switch
            {
                "Republican" => "Republican",
                "Democrat" => "Democratic",
                "Independent" => "Independent",
                _ => null,
            };
            var after = tokens[p + 3];
            if (party is not null && (after.IsSymbol(',') || after.IsSymbol('.') || after.Is("from") || after.Is("who")))
            {
                partyTags.Add((chunk, party));
            }
        }
    }

    private static bool Covers(List<(int First, int Last)> spans, NameChunk chunk)
    {
        foreach (var (first, last) in spans)
        {
            if (chunk.First <= last && chunk.Last >= first)
            {
                return true;
            }
        }

        return false;
    }

    // The last token of the town opening a dateline: capitals only ("DES MOINES"), then a comma and more, a bracketed
    // credit ("(AP)") or a dash; -1 when the body opens otherwise.
    private static int DatelineCityEnd(IReadOnlyList<Token> tokens)
    {
        var last = -1;
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsWord && token.Text.Length > 1 && NameForms.IsAllCaps(token.Text) && !NameForms.IsDottedInitials(token.Text) && words < MaxDatelineCityWords)
            {
                words++;
                last = i;
            }
            else if (last >= 0 && (token.IsSymbol('.') || token.IsSymbol('-') || token.IsSymbol('/')) && !token.SpaceBefore && i + 1 < tokens.Count
                && (token.IsSymbol('.') || !tokens[i + 1].SpaceBefore) && tokens[i + 1].IsWord && NameForms.IsAllCaps(tokens[i + 1].Text))
            {
                // "ST. LOUIS", "WINSTON-SALEM", "NEW YORK/LONDON"
                continue;
            }
            else
            {
                break;
            }
        }

        if (last < 0 || last + 1 >= tokens.Count)
        {
            return -1;
        }

        // ("NASA, the agency, said —": after the comma a dateline names the region or the date, capitalised.)
        var next = tokens[last + 1];
        var regionAfterComma = next.IsSymbol(',') && last + 2 < tokens.Count && tokens[last + 2].IsWord && char.IsUpper(tokens[last + 2].Text[0]);
        var opensDateline = regionAfterComma || (next.IsSymbol('(') && ClosesBeforeDash(tokens, last + 1)) || (next.IsSymbol('-') && next.SpaceBefore);
        return opensDateline && !Lexicon.OrganizationHeads.Contains(tokens[last].Text) && HasDashSoon(tokens, last + 1) ? last : -1;
    }

    // A town the gazetteer knows, or a name that is no everyday word and too long for an acronym: "BREAKING —" and
    // "UPDATE -" flag the report, "NASA —" names a body.
    private bool IsDatelineTown(string name)
    {
        const int LongestAcronym = 5;
        return gazetteer.TryFind(name, out _) || gazetteer.TryFindTown(name, out _)
            || ((name.Length > LongestAcronym || name.IndexOf(' ') > 0) && !EnglishWords.IsOrdinaryWord(name));
    }

    // "(AP) —", "(Reuters) -": a news agency's credit closes and a dash follows.
    private static bool ClosesBeforeDash(IReadOnlyList<Token> tokens, int open)
    {
        const int MaxCreditTokens = 4;
        for (var i = open + 1; i < tokens.Count && i - open <= MaxCreditTokens; i++)
        {
            if (tokens[i].IsSymbol(')'))
            {
                return i + 1 < tokens.Count && tokens[i + 1].IsSymbol('-');
            }
        }

        return false;
    }

    // A dateline is short: its dash comes within a few words of the town ("NORFOLK, Va., Dec. 4 (AP) —").
    private static bool HasDashSoon(IReadOnlyList<Token> tokens, int from)
    {
        const int MaxDatelineTail = 12;
        for (var i = from; i < tokens.Count && i - from < MaxDatelineTail; i++)
        {
            if (tokens[i].IsSymbol('-') && tokens[i].SpaceBefore)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the bracket at <paramref name="open"/> holds a wire credit before the dateline's dash ("(AP) —"),
    /// which is no short form of the name before it: only the dateline's capitalised words, figures and stops come
    /// before it (an aside after a defined short form, "the Velm Court (VC) — the top court —", has prose before).</summary>
    private static bool IsWireCredit(IReadOnlyList<Token> tokens, int open)
    {
        const int MaxDatelineTokens = 12;
        if (open > MaxDatelineTokens || !ClosesBeforeDash(tokens, open))
        {
            return false;
        }

        for (var i = 0; i < open; i++)
        {
            if (tokens[i].IsWord && !char.IsUpper(tokens[i].Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static string TitleCased(int first, int last, IReadOnlyList<Token> tokens)
    {
        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].SpaceBefore)
            {
                builder.Append(' ');
            }

            var word = tokens[i].Text;
            builder.Append(word, 0, 1);
            for (var c = 1; c < word.Length; c++)
            {
                builder.Append(char.ToLowerInvariant(word[c]));
            }
        }

        return builder.ToString();
    }

    private static NameChunk DatelineChunk(Sentence sentence, int first, int last, string name) => new(sentence, first, last, name, false);

    // "Tampa, Fla.": a capitalised word before the comma (a town, in any case a name).
    private static bool IsTownBefore(IReadOnlyList<Token> tokens, int comma) =>
        comma >= 1 && tokens[comma - 1].IsWord && char.IsUpper(tokens[comma - 1].Text[0]);

    // "D-N.Y." after a comma or an opening bracket: the party's letter and a hyphen before the state.
    private static string? PartyOfTag(IReadOnlyList<Token> tokens, int state)
    {
        if (state < 3 || !tokens[state - 1].IsSymbol('-') || tokens[state - 1].SpaceBefore || tokens[state].SpaceBefore
            || !(tokens[state - 3].IsSymbol(',') || tokens[state - 3].IsSymbol('(')))
        {
            return null;
        }

        return tokens[state - 2].Text switch
        {
            "R" => "Republican",
            "D" => "Democratic",
            "I" => "Independent",
            _ => null,
        };
    }

    // Remembers the name the party tag follows, to give its holder the party once the people are known.
    private void NotePartyTag(IReadOnlyList<Token> tokens, int state, List<NameChunk> chunks)
    {
        if (PartyOfTag(tokens, state) is not { } party)
        {
            return;
        }

        // ("Sen. Ana Ruiz Jr., R-Ohio": the stop of a suffix may stand before the comma.)
        var nameLast = state >= 5 && tokens[state - 4].IsSymbol('.') ? state - 5 : state - 4;
        foreach (var chunk in chunks)
        {
            if (chunk.Last == nameLast)
            {
                partyTags.Add((chunk, party));
            }
        }
    }

    // "Sen. Ana Ruiz, D-N.Y.": the tag's party is the legislator's affiliation, as in "Democratic Senator Ana Ruiz".
    private void ReadPartyTags()
    {
        foreach (var (name, party) in partyTags)
        {
            for (var first = name.First; first <= name.Last; first++)
            {
                if (registry.Find(SubChunk(name, first, name.Last).Text, EntityKind.Person) is { } person)
                {
                    person.Affiliation ??= party;
                    break;
                }
            }
        }
    }
}
