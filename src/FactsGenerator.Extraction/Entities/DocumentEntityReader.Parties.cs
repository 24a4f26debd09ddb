using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Parties named together by their adjectives before a plural head ("the Green and Labour parties").</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Green and Labour parties", "the Green, Labour and Liberal Parties": each adjective names its own party
    // ("Green Party", "Labour Party"); the whole phrase is no single body. Returns whether the chunk was read so.
    private bool TryPartiesByAdjectives(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (!Lexicon.PartyAdjectives.Contains(tokens[chunk.First].Text))
        {
            return false;
        }

        var first = chunk.First;
        while (first >= 2 && IsPartyListJoin(tokens[first - 1]) && Lexicon.PartyAdjectives.Contains(tokens[first - 2].Text))
        {
            first -= 2;
        }

        var last = first;
        var joined = false;
        while (last + 2 < tokens.Count && IsPartyListJoin(tokens[last + 1]) && Lexicon.PartyAdjectives.Contains(tokens[last + 2].Text))
        {
            joined |= tokens[last + 1].Is("and") || tokens[last + 1].Is("or");
            last += 2;
        }

        var head = last + 1;
        if (!joined || head >= tokens.Count || !(tokens[head].Is("parties")) || last < chunk.First)
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last && i <= head; i++)
        {
            if (Lexicon.PartyAdjectives.Contains(tokens[i].Text))
            {
                registry.Mention(EntityKind.Organization, tokens[i].Text + " Party", chunk.Sentence, tokens[i].Start, tokens[i].End);
            }
        }

        return true;
    }

    private static bool IsPartyListJoin(Token token) => token.IsSymbol(',') || token.Is("and") || token.Is("or");

    /// <summary>Chambers, and "Fellow", written before the members of a party who sit or stand together.</summary>
    private static readonly HashSet<string> MemberGroupings = Lexicon.Set("House Senate Congressional Fellow");

    // "House Democrats", "Senate Republicans", "fellow Democrats": a party's members in a chamber, not a body's name
    // (party names of the same shape keep theirs: "Liberal Democrats", "Sweden Democrats", "College Republicans").
    private static bool IsPartyMembersOfChamber(NameChunk chunk) =>
        chunk.Last == chunk.First + 1 && MemberGroupings.Contains(chunk.Tokens[chunk.First].Text) && chunk.Tokens[chunk.Last].Text is "Democrats" or "Republicans";
}
