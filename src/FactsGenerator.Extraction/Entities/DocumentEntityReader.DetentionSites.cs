using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Prisons and detention sites named by their official kind, read as places wherever they stand.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Halvern Correctional Institution", "Orrick County Detention Center", "Marlow State Prison": news copy
    // names a prison by the kind its authority gives it, and in riots, escapes and deaths in custody it is where
    // things happen, also as the subject ("Brennan Correctional Facility was locked down"). The two-word kind
    // needs a name before it, so a bare "Detention Centre" opening a sentence is no site.
    private static bool IsDetentionSite(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.Last - 2 < chunk.First || !tokens[chunk.Last - 1].IsWord)
        {
            return false;
        }

        var kind = tokens[chunk.Last - 1].Text;
        return tokens[chunk.Last].Text switch
        {
            "Institution" or "Facility" or "Center" or "Centre" or "Complex" => kind is "Correctional" || (kind is "Detention" && tokens[chunk.Last].Text is not "Complex"),
            "Prison" or "Penitentiary" => kind is "State" or "Federal",
            _ => false,
        };
    }
}
