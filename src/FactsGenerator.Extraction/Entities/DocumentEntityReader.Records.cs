using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Registering mentions, and the sub-chunks they are registered for.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Titles of sovereigns and popes, written as part of the name ("Pope Francis", "Queen Elizabeth II").</summary>
    private static readonly HashSet<string> SovereignTitles = new(System.StringComparer.Ordinal) { "Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir" };

    private void AddOrganization(NameChunk chunk)
    {
        var record = Add(EntityKind.Organization, chunk.Text, chunk);
        RegisterParenthesisedAcronym(chunk, record);
    }

    private void AddPlace(GazetteerPlace place, NameChunk chunk)
    {
        place = CongoOfStory(place, chunk);
        var record = Add(EntityKind.Place, AsWritten(place, chunk), chunk);
        record.PlaceKind = place.Kind;
        if (!SameKey(place.Name, chunk.Text))
        {
            registry.AddAlias(record, chunk.Text);
        }

        RegisterParenthesisedAcronym(chunk, record);
    }

    // "Ostrava" for a gazetteer's "Óstrava": a name the document writes without the diacritics of the gazetteer's
    // spelling is kept as the document writes it (the two share one key, so either spelling finds the record).
    private static string AsWritten(GazetteerPlace place, NameChunk chunk) =>
        place.Name != chunk.Text && PlaceGazetteer.Key(place.Name) == chunk.Text ? chunk.Text : place.Name;

    private EntityRecord Add(EntityKind kind, string name, NameChunk chunk)
    {
        name = WithPontificalTitle(kind, name, chunk);
        var existing = registry.Find(name);
        var record = existing is not null && existing.Kind == kind
            ? registry.Mention(kind, existing.Name, chunk.Sentence, chunk.Start, chunk.End)
            : registry.Mention(kind, name, chunk.Sentence, chunk.Start, chunk.End);
        if (kind == EntityKind.Place && record.PlaceKind == PlaceKind.Unknown && gazetteer.TryFind(name, out var place))
        {
            record.PlaceKind = place.Kind;
        }

        // "Pope Francis", "Queen Elizabeth II": a sovereign's title is written as part of the name.
        if (kind == EntityKind.Person && chunk.First >= 1 && chunk.Tokens[chunk.First - 1] is { IsWord: true } title
            && SovereignTitles.Contains(title.Text) && SameKey(record.Name, chunk.Text))
        {
            registry.AddAlias(record, title.Text + " " + chunk.Text);
        }

        return record;
    }

    // "Pope Leo": a pope is known by one regnal name, which alone names no one, so the title is kept in the name;
    // a later "Leo" alone is found by it as by a surname.
    private string WithPontificalTitle(EntityKind kind, string name, NameChunk chunk) =>
        kind == EntityKind.Person && chunk.First == chunk.Last && name == chunk.Text && chunk.First >= 1 && chunk.Tokens[chunk.First - 1].Is("Pope")
        && registry.Find(name, EntityKind.Person) is null
            ? "Pope " + name
            : name;

    private NameChunk SubChunkFrom(NameChunk chunk, int first) => SubChunk(chunk, first, chunk.Last);

    private NameChunk? SubChunkAfterFirst(NameChunk chunk) => chunk.First < chunk.Last ? SubChunk(chunk, chunk.First + 1, chunk.Last) : null;

    private NameChunk SubChunk(NameChunk chunk, int first, int last) =>
        new(chunk.Sentence, first, last, AnalyzedText.CollapseWhitespace(text.Original, chunk.Tokens[first].Start, chunk.Tokens[last].End), chunk.InsideQuote);

    private static bool SameKey(string a, string b) => NameForms.Key(a) == NameForms.Key(b);
}
