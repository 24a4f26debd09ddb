using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Interviews: a speaker answering questions often says what they do in the first person ("I'm the librarian of
/// the guild", "So I am a ferry pilot"). The prose may never give that office, so an interviewee without a role takes
/// the first one they give themselves, in the present tense.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private void ReadInterviewSelfIntroductions()
    {
        if (!text.Interview.IsInterview)
        {
            return;
        }

        foreach (var (sentence, chunks) in sentences)
        {
            var tokens = sentence.Tokens;
            if (tokens.Count == 0 || text.Interview.TurnAt(tokens[0].Start) is not { IsInterviewer: false } turn)
            {
                continue;
            }

            var person = registry.Find(turn.Speaker, EntityKind.Person);
            if (person is null || person.Role is not null)
            {
                continue;
            }

            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                // The role reader skips the token after the "name" (there the copula) before reading the predicate.
                if (IsFirstPersonPresentCopula(tokens, i) && RoleParser.After(tokens, i - 1, chunks, commaOptional: true) is { Role: { } role } match)
                {
                    person.Role = role;
                    if (person.Affiliation is null && match.Affiliation is not null)
                    {
                        person.Affiliation = CanonicalAffiliation(match.Affiliation);
                    }

                    break;
                }
            }
        }
    }

    // "I am a", "I'm the": token i is the copula ("am" after "I", or "I'm"), and an article follows it.
    private static bool IsFirstPersonPresentCopula(IReadOnlyList<Token> tokens, int i) =>
        ((i >= 1 && tokens[i - 1].Text == "I" && tokens[i].Is("am")) || tokens[i].Text is "I'm" or "I’m")
        && (tokens[i + 1].Is("a") || tokens[i + 1].Is("an") || tokens[i + 1].Is("the"));
}
