namespace FactsGenerator.Extraction.Entities;

/// <summary>Buildings where things happen, read as places rather than as the bodies that run them.</summary>
internal sealed partial class DocumentEntityReader
{
    // "at the Arnmouth Convention Center", "in the Lakeside Exhibition Centre": a hall for events where something
    // happens is a place, not the body that runs it; so is a hospital or a headquarters someone is taken to, held
    // at or gathers outside ("taken to Lakeside General Hospital", "outside the Arden Police Headquarters"), while
    // "Lakeside Hospital said" is the body that runs it.
    private static bool IsVenue(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? chunk.First - 2 : chunk.First - 1;
        if (chunk.First >= chunk.Last || before < 0 || !NameForms.IsLowerWord(tokens[before]))
        {
            return false;
        }

        var head = tokens[chunk.Last].Text;
        if (head is "Hospital" or "Headquarters")
        {
            return tokens[before].Text is "at" or "to" or "in" or "into" or "outside" or "inside" or "near" or "toward" or "towards" or "around" or "behind";
        }

        return head is "Center" or "Centre" or "Arena"
            && tokens[chunk.Last - 1].Text is "Convention" or "Exhibition" or "Conference" or "Events" or "Expo" or "Civic" or "Sports"
            && (tokens[before].Is("at") || tokens[before].Is("in"));
    }
}
