using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "Kenyan minister Peter Lamb ... Peter Lamb, the Kenyan health minister, said": when a person's role and affiliation
/// are both known from an earlier mention, a later mention that names the same office more closely (see
/// <see cref="RoleRefinements"/>) still refines the role. Before, a person with both fields read no later description,
/// so a lead's shortened office stayed. The affiliation stays as first read, and a shorter or different office never
/// replaces the one held.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private void RefineCompleteRole(EntityRecord person, NameChunk chunk, List<NameChunk> chunks, bool before)
    {
        if (person.Role is not { } held)
        {
            return;
        }

        var written = before && !FollowsEarlierNamesApposition(chunk, chunks) ? RoleParser.Before(chunk.Tokens, chunk.First, chunks) : null;
        var match = written ?? RoleParser.After(chunk.Tokens, chunk.Last, chunks) ?? RoleParser.AsRole(chunk.Tokens, chunk.Last, chunks);
        if (match?.Role is { } fuller && !RoleParser.IsPlainPersonRole(fuller) && !IsStudyAuthorRole(fuller) && RoleRefinements.Refines(fuller, held)
            && AddsOnlyTitleWords(fuller, held))
        {
            person.Role = fuller;
        }
    }

    // The words a fuller role adds must be words of a title ("health", "senior", "deputy"): a later description of a
    // person already placed says more about the office only so ("the eleventh governor", "the exiting governor", "the
    // great drummer" say which holder or how good, not which office). Both roles are a few words long.
    private static bool AddsOnlyTitleWords(string fuller, string held)
    {
        var heldWords = held.Split(' ');
        foreach (var word in fuller.Split(' '))
        {
            if (System.Array.IndexOf(heldWords, word) < 0 && !Lexicon.TitleModifiers.Contains(word))
            {
                return false;
            }
        }

        return true;
    }
}
