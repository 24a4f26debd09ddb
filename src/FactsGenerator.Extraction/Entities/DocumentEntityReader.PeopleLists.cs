using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names enumerated with people are people.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the tenants, Mellow Dorvik, Sunniva Dorvik, and Ewan Marsh": a name of two or three words that nothing else
    // classified, enumerated with a person's full name and nothing but people, is a person too, even when a word of it
    // is an everyday one ("Mellow") and the name lists know neither word.
    private void AddPeopleListedWithPeople() => ForEachEnumeration(AddUnclassifiedAsPeople);

    private void AddUnclassifiedAsPeople(List<NameChunk> list, HashSet<int> mentioned)
    {
        var people = 0;
        foreach (var item in list)
        {
            var record = registry.Find(item.Text)?.Resolve();
            if (record is not null && (record.Kind != EntityKind.Person || record.Discarded))
            {
                return;
            }

            people += record is not null && item.SpacedWordCount >= 2 ? 1 : 0;
        }

        if (people == 0)
        {
            return;
        }

        foreach (var item in list)
        {
            if (!IsMentioned(item, mentioned) && registry.Find(item.Text) is null && CanBeListedPerson(item) && PersonByPartOfName(item.Text) is null
                && !evidence.IsThingName(item.Text) && !gazetteer.TryFind(item.Text, out _))
            {
                AddPerson(item, item.Text, AloneInItsSentence(item));
            }
        }
    }

    // The chunks given to AddPerson for a listed name: its own only, so no other name of the sentence is looked up
    // while its role is read.
    private static List<NameChunk> AloneInItsSentence(NameChunk chunk) => new() { chunk };

    // Two or three capitalised words ending in a word that is no everyday English word ("Dorvik", not "Red Hat"), none
    // of them a title, a body's or place's head, a country or a function word.
    private bool CanBeListedPerson(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var words = chunk.SpacedWordCount;
        if (chunk.InsideQuote || words < 2 || words > 3 || !IsPersonNameSpan(tokens, chunk.First, chunk.Last))
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsWord && (NameForms.IsAllCaps(word) || Lexicon.NonNameWords.Contains(word) || Lexicon.OrganizationHeads.Contains(word)
                || Lexicon.CapitalisedFunctionWords.Contains(word) || Lexicon.TitleWords.Contains(word) || Lexicon.PlaceHeads.Contains(word)
                || Lexicon.EventWords.Contains(word) || NameForms.IsCountryOrDemonym(word)))
            {
                return false;
            }
        }

        var last = tokens[chunk.Last].Text;
        return Surnames.Contains(last) || !EnglishWords.IsOrdinaryWord(last);
    }
}
