using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Town names that are only ever part of a person's name in the document.</summary>
internal sealed partial class DocumentEntityReader
{
    // "Ana Whitby ... the Whitby family ranch": a one-word town that is also the surname (or the only first name) of
    // someone the document names in full, and that no word around it ever marks as a place, is that person. Countries
    // are left alone: a person named "Jordan" does not make the country a person.
    private void MergePlacesNamedForPeople()
    {
        foreach (var record in registry.Records)
        {
            if (record.MergedInto is not null || record.Kind != EntityKind.Place || record.Name.IndexOf(' ') >= 0 || record.PlaceKind == PlaceKind.Country
                || evidence.IsWeakPlace(record.Name) || (evidence.TryGetStrong(record.Name, out var hinted) && hinted == EntityKind.Place))
            {
                continue;
            }

            var person = PersonByPartOfName(record.Name);
            if (person is not null && person.Kind == EntityKind.Person && person.Name.IndexOf(' ') > 0)
            {
                record.MergeInto(person);
            }
        }
    }
}
