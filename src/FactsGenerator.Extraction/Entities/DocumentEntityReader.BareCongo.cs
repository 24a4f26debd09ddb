using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A bare "Congo" in a story that names the DR Congo.</summary>
internal sealed partial class DocumentEntityReader
{
    // The gazetteer lists "Congo" as the short name of the Republic of the Congo, and it is the one country's short name
    // that is also a word of another country's ("DR Congo"). News writes a bare "Congo" for whichever Congo the story is
    // about, most often the larger DR Congo: where the story names the DR Congo in full ("the Democratic Republic of the
    // Congo", "DR Congo", "DRC") and not the Republic of the Congo, the bare name is the country already named.
    private const string BareCongo = "Congo";

    private GazetteerPlace? drCongoNamed;
    private bool republicOfCongoNamed;

    // Called for every chunk before any is classified, so that a bare "Congo" written before the full name (or in the
    // headline) finds it too. The names are found inside longer runs ("DRC President X", "Presidents of the Republic of
    // the Congo"); only runs holding "Congo" or "DRC" are searched.
    private void NoteCongoNamedInFull(NameChunk chunk)
    {
        var name = chunk.Text;
        if (name == BareCongo || (name.IndexOf(BareCongo, System.StringComparison.Ordinal) < 0 && name.IndexOf("DRC", System.StringComparison.Ordinal) < 0))
        {
            return;
        }

        var republic = name.IndexOf("Republic of", System.StringComparison.Ordinal);
        var democratic = republic >= "Democratic ".Length && string.CompareOrdinal(name, republic - "Democratic ".Length, "Democratic ", 0, "Democratic ".Length) == 0;
        // ("Congo Republic", as the Republic of the Congo is also written, names the other Congo too.)
        if ((republic >= 0 && !democratic) || name.IndexOf("Congo-Brazzaville", System.StringComparison.Ordinal) >= 0
            || name.IndexOf("Congo Republic", System.StringComparison.Ordinal) >= 0)
        {
            republicOfCongoNamed = true;
        }

        if ((democratic || HasWord(name, "DRC") || name.IndexOf("DR Congo", System.StringComparison.OrdinalIgnoreCase) >= 0
                || name.IndexOf("Congo-Kinshasa", System.StringComparison.Ordinal) >= 0)
            && gazetteer.TryFind("DR Congo", out var drCongo))
        {
            drCongoNamed = drCongo;
        }
    }

    // The word stands alone in the name, not inside a longer one ("DRC", not "DRCs").
    private static bool HasWord(string name, string word)
    {
        var at = name.IndexOf(word, System.StringComparison.Ordinal);
        var end = at + word.Length;
        return at >= 0 && (at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end]));
    }

    // The country a bare "Congo" names in this story: the DR Congo where the story names it in full and not the other.
    private GazetteerPlace CongoOfStory(GazetteerPlace place, NameChunk chunk) =>
        drCongoNamed is not null && !republicOfCongoNamed && chunk.First == chunk.Last && chunk.Text == BareCongo ? drCongoNamed : place;
}
