using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names enumerated with several known organisations are organisations too.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the story was picked up by Reuters, the BBC, Velmwire and Harbour Daily": outlets, firms and agencies are
    // enumerated together, so names that nothing else classified, listed beside two or more known bodies and no
    // other kind of name, are bodies too.
    private void AddOrganizationsListedWithOrganizations()
    {
        RefreshNameIndex();
        ForEachEnumeration(AddUnclassifiedAsOrganizations);
    }

    // Two known bodies, not one, so that a single body named beside people or places ("Kim, Ortiz and the
    // Harbour Board") does not make them bodies; a list naming a person is of mixed kinds, and one naming as many
    // places as bodies is not a list of bodies.
    private void AddUnclassifiedAsOrganizations(List<NameChunk> list, HashSet<int> mentioned)
    {
        const int MinKnownBodies = 2;

        var bodies = 0;
        var others = 0;
        foreach (var item in list)
        {
            var record = registry.Find(item.Text);
            if (record is not null && record.Kind == EntityKind.Person)
            {
                return;
            }

            bodies += record is not null && record.Kind == EntityKind.Organization ? 1 : 0;
            others += record is not null && record.Kind != EntityKind.Organization ? 1 : 0;
        }

        if (bodies < MinKnownBodies || others >= bodies)
        {
            return;
        }

        foreach (var item in list)
        {
            if (!IsMentioned(item, mentioned) && registry.Find(item.Text) is null && CanBeListedOrganization(item) && IndexedPersonByPartOfName(item.Text) is null
                && !evidence.IsThingName(item.Text) && !gazetteer.TryFind(item.Text, out _))
            {
                Add(EntityKind.Organization, item.Text, item);
            }
        }
    }

    // A given name opening a longer name is a person's ("Ana Ruiz"); a bare title or function word is no name.
    private static bool CanBeListedOrganization(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.InsideQuote || chunk.SpacedWordCount > 4)
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i].IsWord && (Lexicon.NonNameWords.Contains(word) || Lexicon.TitleWords.Contains(word) || Lexicon.EventWords.Contains(word)
                || (chunk.First == chunk.Last && (word.Length < 2 || NameForms.IsCountryOrDemonym(word)))))
            {
                return false;
            }
        }

        return !GivenNames.Contains(tokens[chunk.First].Text) || chunk.SpacedWordCount == 1;
    }
}
