using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "X, Velmoria's minister of export promotion, international trade and economic development,", "X, head of emergency
/// response and logistics for Y": an office's lower-case field is often a series of fields of one to three words each,
/// set off by commas and closed by "and". The whole series is the field, where before the role stopped at the first
/// comma or at the "and" after a field of two words (news annotators keep the whole office: 3 articles of 3 publishers).
/// </summary>
internal static partial class RoleParser
{
    // Most words of one field of a series ("economic development", "public health policy").
    private const int MaxSeriesFieldWords = 3;

    // Most fields before the closing "and" (a list longer than that reads as an enumeration of things, not an office).
    private const int MaxSeriesFields = 4;

    /// <summary>
    /// After the field ending at end: more fields set off by commas or "and" (", and" too), the last one after "and",
    /// ending where the office's phrase does (punctuation, a preposition or a verb of saying). Returns the last field's
    /// last index, or -1 when no such series follows.
    /// </summary>
    private static int FieldSeriesEnd(IReadOnlyList<Token> tokens, int end) =>
        SeriesEnd(tokens, end, MaxSeriesFields, FieldRunEnd,
            (t, next) => EndsFieldPhrase(t, next) || (next < t.Count && Lexicon.AttributionVerbs.Contains(t[next].Text)));

    // From start, up to three words of a field; the last one's index, or -1 when none.
    private static int FieldRunEnd(IReadOnlyList<Token> tokens, int start)
    {
        var last = start - 1;
        while (last + 1 < tokens.Count && last + 1 - start < MaxSeriesFieldWords && IsSeriesFieldWord(tokens[last + 1]))
        {
            last = HyphenatedEnd(tokens, last + 1);
        }

        return last < start ? -1 : last;
    }

    /// <summary>
    /// The walk both series share (offices, <see cref="CapitalisedOfficeSeriesEnd"/>, and fields): after the item ending
    /// at end, up to maxItems more items set off by commas or "and" (", and" too: the serial comma), each read by
    /// itemEnd (its last index, or -1), the last one after "and" and followed by what closes accepts. Returns the last
    /// item's last index, or -1 when no such series follows.
    /// </summary>
    private static int SeriesEnd(IReadOnlyList<Token> tokens, int end, int maxItems, System.Func<IReadOnlyList<Token>, int, int> itemEnd,
        System.Func<IReadOnlyList<Token>, int, bool> closes)
    {
        var k = end;
        for (var items = 0; items < maxItems; items++)
        {
            if (k + 2 >= tokens.Count)
            {
                return -1;
            }

            var closing = tokens[k + 1].Is("and") && NameForms.IsLowerWord(tokens[k + 1]);
            if (!closing && !tokens[k + 1].IsSymbol(','))
            {
                return -1;
            }

            var start = k + 2;

            // ("trade, tourism, and investment", "President, and CEO": the serial comma before the closing "and".)
            if (!closing && tokens[start].Is("and") && NameForms.IsLowerWord(tokens[start]))
            {
                closing = true;
                start++;
            }

            var last = itemEnd(tokens, start);
            if (last < 0)
            {
                return -1;
            }

            if (closing)
            {
                return closes(tokens, last + 1) ? last : -1;
            }

            k = last;
        }

        return -1;
    }

    // A word of a field in a series: no office, no noun of a person, nor the plural of one ("head of research, analysts
    // and engineers" lists people after the office).
    private static bool IsSeriesFieldWord(Token word) =>
        IsFieldWord(word) && !IsRoleHead(word) && !Lexicon.PersonNouns.Contains(word.Text) && !PeopleGroupNouns.Contains(word.Text) && Singular(word) is null;

    // "The delegation included Jo Kimura, head of research, staff and security.": nouns for a group of people go on a
    // list of who was there, not on an office's series of fields.
    private static readonly HashSet<string> PeopleGroupNouns = Lexicon.Set("staff crew personnel family team management");
}
