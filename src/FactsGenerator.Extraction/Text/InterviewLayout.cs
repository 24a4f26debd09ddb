using System.Collections.Generic;

namespace FactsGenerator.Extraction.Text;

/// <summary>
/// The question-and-answer layout of an interview: paragraphs that open with a speaker label ("((Ana Ruiz))",
/// "((WN)) :", "AR:") are turns, and the unlabelled paragraphs after a turn go on with it. The interviewer's labels
/// are the publication's own ("Wikinews", "WN") and any label whose turns are mostly questions; every other label
/// is an interviewee. A document with fewer than <see cref="MinTurns"/> labelled paragraphs is no interview.
/// </summary>
internal sealed class InterviewLayout
{
    /// <summary>Fewest labelled paragraphs that make a layout (one or two labels are more likely prose that opens with "X:").</summary>
    private const int MinTurns = 3;

    /// <summary>Longest label read between double brackets or before a colon.</summary>
    private const int MaxLabelLength = 40;

    private static readonly InterviewLayout None = new(new List<Turn>(), null);

    private readonly List<Turn> turns;

    private InterviewLayout(List<Turn> turns, string? interviewee)
    {
        this.turns = turns;
        Interviewee = interviewee;
    }

    /// <summary>Whether the document is laid out as an interview.</summary>
    public bool IsInterview => turns.Count > 0;

    /// <summary>The label of the one interviewee when all answers carry the same label, else null.</summary>
    public string? Interviewee { get; }

    /// <summary>The turn the offset lies in (its label, or an unlabelled paragraph that goes on with it), or null in prose.</summary>
    public Turn? TurnAt(int offset)
    {
        int low = 0, high = turns.Count - 1;
        Turn? found = null;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (turns[middle].Start <= offset)
            {
                found = turns[middle];
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found is not null && offset < found.End ? found : null;
    }

    /// <summary>Whether [start, end) is the speaker label of a turn (the name itself, without brackets or colon).</summary>
    public bool IsLabel(int start, int end)
    {
        var turn = TurnAt(start);
        return turn is not null && start >= turn.LabelStart && end <= turn.LabelEnd;
    }

    public static InterviewLayout Read(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var labelled = new List<(Paragraph Paragraph, string Label, int LabelStart, int LabelEnd)>();
        foreach (var paragraph in paragraphs)
        {
            if (ReadLabel(text, paragraph.Start, paragraph.End) is { } label)
            {
                labelled.Add((paragraph, label.Text, label.Start, label.End));
            }
        }

        if (labelled.Count < MinTurns)
        {
            return None;
        }

        // Turns and questions under each label, to tell the interviewer's initials ("JQP") from an interviewee's; and
        // the labels that are names, in the order first seen, for initials to stand for.
        var spoken = new Dictionary<string, (int Turns, int Questions)>(System.StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (paragraph, label, _, _) in labelled)
        {
            var seen = spoken.TryGetValue(label, out var counts);
            spoken[label] = (counts.Turns + 1, counts.Questions + (text[paragraph.End - 1] == '?' ? 1 : 0));
            if (!seen && !IsInitials(label) && !IsPublicationLabel(label))
            {
                names.Add(label);
            }
        }

        var speakers = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var turns = new List<Turn>();
        var interviewees = new HashSet<string>(System.StringComparer.Ordinal);
        string? interviewee = null;
        for (var t = 0; t < labelled.Count; t++)
        {
            var (paragraph, label, labelStart, labelEnd) = labelled[t];
            var counts = spoken[label];
            var isInterviewer = IsPublicationLabel(label) || 2 * counts.Questions > counts.Turns;

            // "TM:" after "Tessa Morrow:": initials stand for the full name labelled elsewhere.
            if (!speakers.TryGetValue(label, out var speaker))
            {
                speaker = IsInitials(label) ? NameWithInitials(names, label) ?? label : label;
                speakers[label] = speaker;
            }

            if (!isInterviewer && interviewees.Add(speaker))
            {
                interviewee = speaker;
            }

            // The turn runs on over unlabelled paragraphs up to the next label.
            var end = t + 1 < labelled.Count ? labelled[t + 1].Paragraph.Start : text.Length;
            turns.Add(new Turn(paragraph.Start, end, labelStart, labelEnd, speaker, isInterviewer));
        }

        return new InterviewLayout(turns, interviewees.Count == 1 ? interviewee : null);
    }

    private static string? NameWithInitials(List<string> names, string initials)
    {
        var letters = initials.Replace(".", string.Empty);
        foreach (var name in names)
        {
            var words = name.Split(' ');
            if (words.Length != letters.Length)
            {
                continue;
            }

            var matches = true;
            for (var w = 0; w < words.Length && matches; w++)
            {
                matches = words[w].Length > 0 && words[w][0] == letters[w];
            }

            if (matches)
            {
                return name;
            }
        }

        return null;
    }

    // "((Ana Ruiz))", "((WN)) :" (any label between double brackets with a capital letter: "((hi))" marks a
    // language), or "AR:" (initials, a short name or the publication's name before a colon).
    private static (int Start, int End, string Text)? ReadLabel(string text, int start, int end)
    {
        if (start + 4 < end && text[start] == '(' && text[start + 1] == '(')
        {
            var close = text.IndexOf("))", start + 2, System.Math.Min(MaxLabelLength + 2, end - start - 2), System.StringComparison.Ordinal);
            if (close < 0 || close == start + 2 || !HasCapital(text, start + 2, close) || HasBracketOrLineBreak(text, start + 2, close))
            {
                return null;
            }

            return (start + 2, close, text.Substring(start + 2, close - start - 2));
        }

        var colon = start;
        while (colon < end && colon - start <= MaxLabelLength && text[colon] != ':' && text[colon] != '\n')
        {
            colon++;
        }

        if (colon >= end - 1 || text[colon] != ':' || text[colon + 1] != ' ')
        {
            return null;
        }

        var label = text.Substring(start, colon - start);
        return IsInitials(label) || IsPublicationLabel(label) || IsShortName(label) ? (start, colon, label) : null;
    }

    // "Tessa Morrow": two or three capitalised words of letters.
    private static bool IsShortName(string label)
    {
        var words = label.Split(' ');
        if (words.Length is < 2 or > 3 || IsCreditWord(words[words.Length - 1]))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word.Length < 2 || !char.IsUpper(word[0]) || !IsLetters(word))
            {
                return false;
            }
        }

        return true;
    }

    // "Jo Kim Image: Harbour Archive": a caption names its picture's source after the subject.
    private static bool IsCreditWord(string word) => word is "Image" or "Photo" or "Picture" or "Video" or "Credit" or "Source";

    // Letters, capitals only first or after "Mc", a hyphen or an apostrophe ("McCoy", "Sinet-Mathiot", "O'Hara"):
    // "RuizImage" is a caption's credit glued to a name, not a label.
    private static bool IsLetters(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (c is '-' or '\'')
            {
                continue;
            }

            if (!char.IsLetter(c) || (char.IsUpper(c) && word[i - 1] is not ('-' or '\'') && !(i == 2 && word[0] == 'M' && word[1] == 'c')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPublicationLabel(string label) => label is "WN" || label.Contains("Wikinews");

    // "AR", "W.S.S": two to four capital letters, maybe with periods.
    private static bool IsInitials(string label)
    {
        var capitals = 0;
        foreach (var c in label)
        {
            if (c is >= 'A' and <= 'Z')
            {
                capitals++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return capitals is >= 2 and <= 4;
    }

    private static bool HasCapital(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // "((a (b)))" or a label broken over lines is bracketed prose, not a speaker's name.
    private static bool HasBracketOrLineBreak(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '(' or ')' or '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One turn: the labelled paragraph and the unlabelled ones that go on with it.</summary>
    internal sealed class Turn
    {
        public Turn(int start, int end, int labelStart, int labelEnd, string speaker, bool isInterviewer)
        {
            Start = start;
            End = end;
            LabelStart = labelStart;
            LabelEnd = labelEnd;
            Speaker = speaker;
            IsInterviewer = isInterviewer;
        }

        public int Start { get; }

        public int End { get; }

        public int LabelStart { get; }

        public int LabelEnd { get; }

        /// <summary>The speaker: the label's name ("Ana Ruiz"), the name that initials stand for ("Ana Ruiz" for "AR"), or the
        /// initials when no label spells them out. The label's own text lies at [LabelStart, LabelEnd).</summary>
        public string Speaker { get; }

        /// <summary>Whether the interviewer speaks (the publication, or a label that mostly asks questions).</summary>
        public bool IsInterviewer { get; }
    }
}
