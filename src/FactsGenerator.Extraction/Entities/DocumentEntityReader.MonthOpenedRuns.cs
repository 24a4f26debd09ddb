using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A month that opens a run of capitals through "of" ("in November of Velm Oil and Harlow Gas").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Lower-case words that set a date in time before a month ("in November", "since May").</summary>
    private static readonly HashSet<string> WordsBeforeMonth = Lexicon.Set("in since by until till from during before after");

    // "the merger in November of Velm Oil and Harlow Gas": after a word that sets a date, a month and "of" open no name;
    // the month is a date and the words after "of" are read on their own ("the March of Dimes", after "the", stays whole).
    private bool TrySkipMonthOf(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var month = chunk.First;
        if (month < 1 || month + 2 > chunk.Last || !tokens[month + 1].Is("of") || !Lexicon.IsMonthOrWeekdayName(tokens[month].Text)
            || !NameForms.IsLowerWord(tokens[month - 1]) || !WordsBeforeMonth.Contains(tokens[month - 1].Text))
        {
            return false;
        }

        ClassifyChunk(SubChunk(chunk, month + 2, chunk.Last), chunks);
        return true;
    }
}
