using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class NameChunker
{
    // "met at the United Nations Tuesday", "a court in Kigali Wednesday opened ...": wire copy dates a clause with a bare
    // weekday written right after a name, so a weekday that ends a run of name words is the date, not the name's last
    // word. A holiday's word before it ("Good Friday", "Super Tuesday", "Bloody Sunday") makes it part of a name, and
    // so does a further name word after it ("the Sunday Times", "Friday Prayers" start with it and are never cut here).
    private static bool IsTrailingWeekday(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && IsWeekday(tokens[index]) && tokens[index].SpaceBefore && IsNameWord(tokens[index - 1])
        && !HolidayWords.Contains(tokens[index - 1].Text)
        && !(index + 1 < tokens.Count && IsNameWord(tokens[index + 1]) && tokens[index + 1].SpaceBefore);

    // Words that make a weekday after them the name of a day of the year or of an event.
    private static readonly HashSet<string> HolidayWords = new(System.StringComparer.Ordinal)
    {
        "Good", "Black", "Super", "Ash", "Bloody", "Easter", "Holy", "Maundy", "Cyber", "Palm", "Whit", "Shrove",
        "Giving", "Fat", "Great", "Man", "Girl", "Orthodox", "Pentecost", "Low", "Passion", "Mothering", "Remembrance",
        "Trinity", "Rogation", "Spy", "Small", "Business", "Freaky", "Casual", "Manic", "Blue", "Mad", "Red", "Fateful",
    };
}
