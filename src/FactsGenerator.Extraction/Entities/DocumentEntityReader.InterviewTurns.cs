using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Interviews: the name labelling the answers is the interviewee, initials labelling a turn ("AR:") are no body, and
/// an acronym only ever heard in the interviewee's answers is a term of their trade ("we ran it on a VPS", "the PI of
/// the lab"), not a body the article is about. Writers spell out or introduce the bodies they report on; a speaker
/// answering questions does not.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private readonly List<string> acronymsReadAlone = new();
    private readonly HashSet<string> acronymsNoted = new(System.StringComparer.Ordinal);

    private bool IsInterviewLabel(NameChunk chunk) => text.Interview.IsInterview && text.Interview.IsLabel(chunk.Start, chunk.End);

    // "((Jaya))", "((Ana Ruiz))": the name labelling the answers is the person interviewed, whatever name lists say.
    private bool TryAddInterviewee(NameChunk chunk)
    {
        if (!text.Interview.IsInterview || text.Interview.TurnAt(chunk.Start) is not { IsInterviewer: false } turn
            || chunk.Start != turn.LabelStart || chunk.End != turn.LabelEnd || turn.Speaker != chunk.Text || !IsNameShaped(chunk))
        {
            return false;
        }

        return TryAddAsPerson(chunk);
    }

    // A chunk that context says is a person is one, unless the document already knows the name as a place or a body.
    private bool TryAddAsPerson(NameChunk chunk)
    {
        var known = registry.Find(chunk.Text);
        if (known is not null && known.Kind != EntityKind.Person)
        {
            return false;
        }

        Add(EntityKind.Person, chunk.Text, chunk);
        return true;
    }

    // One to three capitalised words, none in capitals only ("AR" is initials, "NASA" a body).
    private static bool IsNameShaped(NameChunk chunk)
    {
        var words = 0;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var token = chunk.Tokens[i];
            if (token.IsWord)
            {
                words++;
                if (!token.IsCapitalized || NameForms.IsAllCaps(token.Text))
                {
                    return false;
                }
            }
        }

        return words is >= 1 and <= 3;
    }

    // An acronym made an organisation for want of anything else is the only kind an answer can unmake: one spelled
    // out or introduced has evidence of its own. Noted in first-seen order, so the discarding does not follow hash order.
    private void NoteAcronymReadAlone(string name)
    {
        if (text.Interview.IsInterview && acronymsNoted.Add(name))
        {
            acronymsReadAlone.Add(name);
        }
    }

    private void DiscardAcronymsHeardOnlyInAnswers()
    {
        if (acronymsReadAlone.Count == 0)
        {
            return;
        }

        // One pass over the document: the noted acronyms used outside answers, or as the subject of a verb.
        var keep = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (acronymsNoted.Contains(tokens[i].Text)
                    && (text.Interview.TurnAt(tokens[i].Start) is not { IsInterviewer: false } || OpensAClauseBeforeAVerb(tokens, i)))
                {
                    keep.Add(tokens[i].Text);
                }
            }
        }

        foreach (var name in acronymsReadAlone)
        {
            var record = registry.Find(name, EntityKind.Organization);
            if (record is not null && record.Name == name && record.Aliases.Count == 0 && !keep.Contains(name) && !HasSignOfABody(name))
            {
                record.Discarded = true;
            }
        }
    }

    // "published in JVS": the answer treats the acronym as a body that publishes, acts or speaks.
    private bool HasSignOfABody(string name) =>
        (evidence.TryGetStrong(name, out var kind) && kind == EntityKind.Organization) || evidence.IsWeakOrganization(name) || evidence.IsNamedAsBody(name)
        || evidence.IsActor(name);

    // The acronym opens a sentence (maybe after "But", "And" or "So") and a verb in -s or -ed follows: "But VBG claims".
    private static bool OpensAClauseBeforeAVerb(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !(NameChunker.IsClauseStart(tokens, i) || (i == 1 && tokens[0].Text is "But" or "And" or "So")))
        {
            return false;
        }

        var next = tokens[i + 1];
        return NameForms.IsLowerWord(next) && next.Text.Length >= 4
            && ((next.Text.EndsWith("s", System.StringComparison.Ordinal) && !next.Text.EndsWith("ss", System.StringComparison.Ordinal))
                || next.Text.EndsWith("ed", System.StringComparison.Ordinal));
    }
}
