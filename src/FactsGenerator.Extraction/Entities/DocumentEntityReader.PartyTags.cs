using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A legislator's party tag as wire copy writes it ("Sen. Ana Ruiz, D-N.Y.,", "(R-Texas)") and an apposition that is
/// only a party ("Gov. Ana Ruiz, a Republican,"): the party is the affiliation, and the state in the tag is a place
/// (spelled out, the abbreviation an alias), never a body or a person. The dateline and a state after its town are read
/// by <see cref="TakeDateline"/> and <see cref="TryStateAfterTown"/>.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private readonly List<(NameChunk Name, string Party)> partyTags = new();

    // Notes the party tags and party appositions of a sentence and removes the chunks the tags cover, so that no other
    // rule reads "N.Y." as an acronym or "R-Texas" as a name.
    private void NotePartyTags(Sentence sentence, List<NameChunk> chunks)
    {
        var tokens = sentence.Tokens;
        // (Allocated at the first tag, and captured by no lambda here: most sentences have none.)
        List<(int First, int Last)>? covered = null;
        for (var i = 3; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || PartyOfTag(tokens, i) is not { } party)
            {
                continue;
            }

            // "D-N.Y." (one token with its stops), "R-Calif." (the word, then its stop) or "R-Texas" (written out).
            var last = i + 1 < tokens.Count && tokens[i + 1].IsSymbol('.') && !tokens[i + 1].SpaceBefore ? i + 1 : i;
            var written = AbbreviationAt(tokens, i, last);
            var abbreviated = written is null ? null : StateAbbreviations.StateOf(written);
            var state = abbreviated ?? (gazetteer.TryFind(tokens[i].Text, out var spelled) ? spelled.Name : null);
            if (state is null)
            {
                continue;
            }

            var record = Add(EntityKind.Place, state, new NameChunk(sentence, i, abbreviated is null ? i : last, abbreviated is null ? tokens[i].Text : written!, false));
            if (abbreviated is not null)
            {
                registry.AddAlias(record, written!);
            }

            (covered ??= new List<(int First, int Last)>()).Add((i - 2, last));
            NoteTaggedName(tokens, i, party, chunks);
        }

        NotePartyAppositions(tokens, chunks);
        if (covered is not null)
        {
            RemoveCovered(chunks, covered);
        }
    }

    private static void RemoveCovered(List<NameChunk> chunks, List<(int First, int Last)> spans) => chunks.RemoveAll(chunk => Covers(spans, chunk));

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

    // "D-N.Y." after a comma or an opening bracket: the party's letter and a hyphen before the state.
    internal static string? PartyOfTag(IReadOnlyList<Token> tokens, int state)
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

    /// <summary>
    /// "Ana Ruiz, D-Calif., and": the index of the comma that opens a party tag ending at end (the tag's state, or the
    /// stop after it), or -1 when no tag ends there.
    /// </summary>
    internal static int CommaBeforePartyTag(IReadOnlyList<Token> tokens, int end)
    {
        var state = end >= 1 && tokens[end].IsSymbol('.') && !tokens[end].SpaceBefore ? end - 1 : end;
        return state >= 4 && tokens[state].IsWord && PartyOfTag(tokens, state) is not null && tokens[state - 3].IsSymbol(',') ? state - 3 : -1;
    }

    // Remembers the name the party tag follows, to give its holder the party once the people are known.
    private void NoteTaggedName(IReadOnlyList<Token> tokens, int state, string party, List<NameChunk> chunks)
    {
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
    private void GivePartiesOfTags()
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
