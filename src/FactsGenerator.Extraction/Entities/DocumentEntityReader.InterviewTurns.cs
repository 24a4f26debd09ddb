using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Interviews: speaker labels ("AR:") are no names, and an acronym only ever heard in the interviewee's answers is
/// a term of their trade ("we ran it on a VPS", "the PI of the lab"), not a body the article is about. Writers spell
/// out or introduce the bodies they report on; a speaker answering questions does not.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private readonly List<string> acronymsReadAlone = new();

    private bool IsInterviewLabel(NameChunk chunk) => text.Interview.IsInterview && text.Interview.IsLabel(chunk.Start, chunk.End);

    // Called where an acronym with nothing else to go on becomes an organisation.
    private void NoteAcronymReadAlone(string name)
    {
        if (text.Interview.IsInterview && !acronymsReadAlone.Contains(name))
        {
            acronymsReadAlone.Add(name);
        }
    }

    private void DiscardAcronymsHeardOnlyInAnswers()
    {
        foreach (var name in acronymsReadAlone)
        {
            var record = registry.Find(name, EntityKind.Organization);
            if (record is not null && record.Name == name && record.Aliases.Count == 0 && !HasSignOfABody(name) && IsHeardOnlyInAnswers(name))
            {
                record.Discarded = true;
            }
        }
    }

    // "published in PNAS", "But the VBG claims": the answer treats the acronym as a body that acts or publishes.
    private bool HasSignOfABody(string name) =>
        (evidence.TryGetStrong(name, out var kind) && kind == EntityKind.Organization) || evidence.IsWeakOrganization(name) || evidence.IsNamedAsBody(name)
        || evidence.IsActor(name) || OpensAClauseBeforeAVerb(name);

    // The acronym opens a sentence (maybe after "But", "And" or "So") and a verb in -s or -ed follows: "ISIS claims".
    private bool OpensAClauseBeforeAVerb(string word)
    {
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].Text != word)
                {
                    continue;
                }

                var opens = NameChunker.IsClauseStart(tokens, i) || (i == 1 && tokens[0].Text is "But" or "And" or "So");
                var next = tokens[i + 1];
                if (opens && NameForms.IsLowerWord(next) && next.Text.Length >= 4 && (IsThirdPersonVerbShaped(next.Text) || next.Text.EndsWith("ed", System.StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsThirdPersonVerbShaped(string word) => word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal);

    private bool IsHeardOnlyInAnswers(string word)
    {
        foreach (var (sentence, _) in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.Text == word && text.Interview.TurnAt(token.Start) is not { IsInterviewer: false })
                {
                    return false;
                }
            }
        }

        return true;
    }
}
