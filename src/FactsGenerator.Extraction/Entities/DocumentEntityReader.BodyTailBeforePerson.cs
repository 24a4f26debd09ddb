using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A body's name that goes on past its head word ("Commission for Refugees") run straight into a person's.</summary>
internal sealed partial class DocumentEntityReader
{
    // Capitalised words a body's name may hold after its head and "for"/"of" before the holder's name begins.
    private const int MaxTailWords = 4;

    /// <summary>Whether "for" or "of" right after the body's head word goes on with the body's own name.</summary>
    private static bool IsBodyNameTailAfter(IReadOnlyList<Token> tokens, int head) =>
        head + 2 < tokens.Count && (tokens[head + 1].Is("for") || tokens[head + 1].Is("of")) && NameForms.IsLowerWord(tokens[head + 1]);

    // "a spokesman for the United Nations Commission for Refugees Ana Ruiz said": the body's name goes on after its head
    // with "for" or "of", so the person cannot start right after the head. Only an office "of" or "for" the run says a
    // person may follow, and a verb of saying or an age after the run that one is named; then the holder's name is the
    // first run of words, from the second word after "for" on, that opens with a known given name and reads as a
    // person's (HolderNames), and everything before it stays the body's.
    private bool TrySplitBodyTailBeforePerson(NameChunk chunk, List<NameChunk> chunks, int head)
    {
        var tokens = chunk.Tokens;
        // (A verb of saying or an age after the run says someone is named in it: "the chairman of Bank of America Merrill
        // Lynch" alone is one body.)
        var office = OfficeBeforeBody(tokens, chunk.First);
        if (office < 0 || !evidence.IsActor(chunk.Text))
        {
            return false;
        }

        var name = -1;
        for (var p = head + 3; p < chunk.Last && p - head - 2 <= MaxTailWords && name < 0; p++)
        {
            if (!NameChunker.IsNameWord(tokens[p - 1]))
            {
                return false;
            }

            if (GivenNames.Contains(tokens[p].Text) && HolderNames.IsHolderName(tokens, p, chunk.Last) && IsPersonNameSpan(tokens, p, chunk.Last))
            {
                name = p;
            }
        }

        if (name < 0)
        {
            return false;
        }

        var body = SubChunk(chunk, chunk.First, name - 1);
        var person = SubChunk(chunk, name, chunk.Last);
        ClassifySpan(body, chunks);
        ClassifyChunk(person, chunks);
        if (registry.Find(person.Text, EntityKind.Person) is { } holder && registry.Find(body.Text, EntityKind.Organization) is not null)
        {
            holder.Role ??= tokens[office].Text.ToLowerInvariant();
            holder.Affiliation ??= body.Text;
        }

        return true;
    }

    // "spokesman for the ...", "director of ...": an office, "for" or "of", perhaps "the", right before the run; the
    // office's index, or -1.
    private static int OfficeBeforeBody(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Is("the"))
        {
            k--;
        }

        return k >= 1 && (tokens[k].Is("of") || tokens[k].Is("for")) && NameForms.IsLowerWord(tokens[k]) && RoleParser.IsRoleHead(tokens[k - 1]) ? k - 1 : -1;
    }
}
