using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names listed together are of one kind.</summary>
internal sealed partial class DocumentEntityReader
{
    // "appliances came from Arden, Belmont, Cray and Dunmore": names that nothing else classified, enumerated
    // with a known place, are places too.
    private void AddPlacesListedWithPlaces()
    {
        RefreshNameIndex();
        ForEachEnumeration(AddUnclassifiedAsPlaces);
    }

    /// <summary>
    /// Calls <paramref name="read"/> with every enumeration of three or more names closed by "and" ("A, B and C",
    /// "A, B, and C") — only such a list is taken for names of one kind — and the mention starts known before the walk.
    /// </summary>
    private void ForEachEnumeration(System.Action<List<NameChunk>, HashSet<int>> read)
    {
        const int MinItems = 3;
        var mentioned = registry.MentionStarts();
        var list = new List<NameChunk>();
        foreach (var (_, chunks) in sentences)
        {
            list.Clear();
            var closed = false;
            for (var c = 0; c < chunks.Count; c++)
            {
                var separator = list.Count > 0 ? ListSeparator(list[list.Count - 1], chunks[c]) : ListJoin.Comma;
                if (separator == ListJoin.None || closed)
                {
                    ReadIfEnumeration(closed);
                    list.Clear();
                    closed = false;
                }
                else if (separator == ListJoin.And)
                {
                    closed = true;
                }

                list.Add(chunks[c]);
            }

            ReadIfEnumeration(closed);
        }

        void ReadIfEnumeration(bool closed)
        {
            if (closed && list.Count >= MinItems)
            {
                read(list, mentioned);
            }
        }
    }

    private void AddUnclassifiedAsPlaces(List<NameChunk> list, HashSet<int> mentioned)
    {
        var places = 0;
        foreach (var item in list)
        {
            var record = registry.Find(item.Text);
            if (record is not null && record.Kind != EntityKind.Place)
            {
                return;
            }

            places += record is not null ? 1 : 0;
        }

        if (places == 0)
        {
            return;
        }

        foreach (var item in list)
        {
            if (!IsMentioned(item, mentioned) && registry.Find(item.Text) is null && CanBeListedPlace(item) && IndexedPersonByPartOfName(item.Text) is null
                && !evidence.IsThingName(item.Text))
            {
                Add(EntityKind.Place, item.Text, item);
            }
        }
    }

    private static bool CanBeListedPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (NameChunker.IsClauseStart(tokens, chunk.First) || chunk.InsideQuote || chunk.SpacedWordCount > 3)
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsWord && (NameForms.IsAllCaps(word) || word.Length < 3 || Lexicon.NonNameWords.Contains(word) || Lexicon.OrganizationHeads.Contains(word)
                || Lexicon.CapitalisedFunctionWords.Contains(word) || Lexicon.TitleWords.Contains(word) || Lexicon.EventWords.Contains(word)
                || NameForms.IsCountryOrDemonym(word) || (chunk.First == chunk.Last && Lexicon.PlaceHeads.Contains(word))))
            {
                return false;
            }
        }

        return !GivenNames.Contains(tokens[chunk.First].Text) || chunk.SpacedWordCount == 1;
    }

    private static bool IsMentioned(NameChunk chunk, HashSet<int> mentioned)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (mentioned.Contains(chunk.Tokens[i].Start))
            {
                return true;
            }
        }

        return false;
    }

    private enum ListJoin
    {
        None,
        Comma,
        And,
    }

    // "A, B" joins by a comma; "A and B" and "A, and B" close the list.
    private static ListJoin ListSeparator(NameChunk previous, NameChunk next)
    {
        var tokens = previous.Tokens;
        var k = previous.Last + 1;
        var comma = k < tokens.Count && tokens[k].IsSymbol(',');
        if (comma)
        {
            k++;
        }

        var and = k < tokens.Count && tokens[k].Is("and");
        if (and)
        {
            k++;
        }

        return k != next.First || !(comma || and) ? ListJoin.None : and ? ListJoin.And : ListJoin.Comma;
    }
}
