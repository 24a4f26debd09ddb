using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>
    /// "the show, hosted by X and Y", "a company founded by X": the person after "by" did what the participle says,
    /// and the deed names an office (host, founder). p is the word right before the name (or before the list's
    /// first name); null when no such participle stands there.
    /// </summary>
    private static string? AgentOfParticiple(IReadOnlyList<Token> tokens, int p)
    {
        if (p < 1 || !tokens[p].Is("by") || !NameForms.IsLowerWord(tokens[p - 1]))
        {
            return null;
        }

        // "co-hosted by X": the hyphenated prefix stays with the office.
        if (p >= 3 && tokens[p - 2].IsSymbol('-') && !tokens[p - 2].SpaceBefore && !tokens[p - 1].SpaceBefore && tokens[p - 3].Is("co")
            && AgentNouns.TryGetValue(tokens[p - 1].Text, out var shared))
        {
            return "co-" + shared;
        }

        return AgentNouns.TryGetValue(tokens[p - 1].Text, out var agent) ? agent : null;
    }

    // Participles whose agent holds an office or a trade by doing it. (Not "led" or "written": a team led by X or a
    // letter written by X says nothing of X's office.)
    private static readonly Dictionary<string, string> AgentNouns = new(System.StringComparer.Ordinal)
    {
        ["hosted"] = "host", ["presented"] = "presenter", ["founded"] = "founder", ["cofounded"] = "cofounder",
        ["directed"] = "director", ["chaired"] = "chair", ["coached"] = "coach", ["produced"] = "producer",
        ["composed"] = "composer", ["edited"] = "editor", ["authored"] = "author", ["illustrated"] = "illustrator",
        ["narrated"] = "narrator", ["moderated"] = "moderator", ["choreographed"] = "choreographer",
    };
}
