using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Two names joined after a place preposition, one of them a known place ("between Arden and Tarsk").</summary>
internal sealed partial class DocumentEntityReader
{
    // "ruins in Arden and Tarskby", "the bus from Velmora to Arden", "hail battered nearby Arden and Kelbrook": a name
    // that nothing else classified, paired inside a sentence with a place the document already knows, is a place too.
    // (Lists of three or more names are read by AddPlacesListedWithPlaces.)
    private void AddPlacesPairedWithPlaces()
    {
        var mentioned = registry.MentionStarts();
        RefreshNameIndex();
        foreach (var (_, chunks) in sentences)
        {
            for (var c = 0; c + 1 < chunks.Count; c++)
            {
                var first = chunks[c];
                var second = chunks[c + 1];
                if (TryElidedCompassPlace(first, second))
                {
                    continue;
                }

                if (!IsPlacePair(first, second))
                {
                    continue;
                }

                var firstKind = registry.Find(first.Text)?.Kind;
                var secondKind = registry.Find(second.Text)?.Kind;
                var unknown = firstKind == EntityKind.Place && secondKind is null ? second
                    : secondKind == EntityKind.Place && firstKind is null ? first
                    : null;
                if (unknown is not null && !IsMentioned(unknown, mentioned) && CanBeListedPlace(unknown) && !GoesOnInLowerCase(unknown)
                    && IndexedPersonByPartOfName(unknown.Text) is null && !evidence.IsThingName(unknown.Text))
                {
                    Add(EntityKind.Place, unknown.Text, unknown);
                }
            }
        }
    }

    // "between North and South Velmoria", "East and West Ostland": a compass word before "and" or "or" shares the
    // name that the second one completes, when the gazetteer knows the whole.
    private bool TryElidedCompassPlace(NameChunk first, NameChunk second)
    {
        var tokens = first.Tokens;
        var join = first.Last + 1;
        if (first.First != first.Last || !IsCompassAdjective(first.Text) || second.First == second.Last || join + 1 != second.First
            || !(tokens[join].Is("and") || tokens[join].Is("or")) || !IsCompassAdjective(tokens[second.First].Text)
            || registry.Find(first.Text) is not null)
        {
            return false;
        }

        var rest = AnalyzedText.CollapseWhitespace(text.Original, tokens[second.First + 1].Start, second.End);
        if (!gazetteer.TryFind(first.Text + " " + rest, out var place))
        {
            return false;
        }

        var record = Add(EntityKind.Place, place.Name, first);
        record.PlaceKind = place.Kind;
        return true;
    }

    // "in A and B", "in A, and B", "from A to B", "between A and B", "damaged nearby A and B": a lower-case word opens the
    // pair, so it is no part of a longer list or name; but not one that names parties ("to A and B" is an address to
    // two of them, "by A and B" and "with A and B" name who acts, "played for A and B" and "against A and B" name
    // teams or sides), and "at A or B" is a choice.
    private static bool IsPlacePair(NameChunk first, NameChunk second)
    {
        var tokens = first.Tokens;
        if (first.First < 1 || !NameForms.IsLowerWord(tokens[first.First - 1]) || PartyOpeners.Contains(tokens[first.First - 1].Text))
        {
            return false;
        }

        var k = first.Last + 1;
        if (k < tokens.Count && tokens[k].IsSymbol(','))
        {
            k++;
        }

        var joined = k < tokens.Count && (tokens[k].Is("and") || (tokens[k].Is("to") && tokens[first.First - 1].Is("from")));
        return joined && k + 1 == second.First;
    }

    /// <summary>Lower-case words before a pair of names that make them parties rather than places, or join a longer list.</summary>
    private static readonly HashSet<string> PartyOpeners = Lexicon.Set("to by with and or for against");

    // "Dar el-Kelm", "Orra-de-la-Roche": a name cut short where it goes on in lower case is not whole.
    private static bool GoesOnInLowerCase(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        return next < tokens.Count && ((tokens[next].IsSymbol('-') && !tokens[next].SpaceBefore) || Lexicon.PersonNameParticles.Contains(tokens[next].Text));
    }
}
