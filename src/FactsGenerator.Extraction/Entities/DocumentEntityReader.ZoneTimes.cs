namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A place's name before a lower-case "time" right after a time of day ("at 7:09 a.m. Moscow time", "00:31 Tarsk time",
/// "on Thursday morning Velm time") names the time zone the clock is read in, not a place the story is about; the
/// place's other mentions stay.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private static bool IsZoneTimeAfterClock(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (next >= tokens.Count || !tokens[next].Is("time") || !NameForms.IsLowerWord(tokens[next]) || chunk.First < 1)
        {
            return false;
        }

        var before = tokens[chunk.First - 1];
        return IsTimeZoneAfterClock(tokens, chunk.First)
            || (NameForms.IsLowerWord(before) && before.Text is "morning" or "afternoon" or "evening" or "night" or "midnight" or "noon" or "midday");
    }
}
