using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Bodies named with their country written two ways.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the Velmorian Republic Navy" and "the VR Navy": one body whose country is written in full once and by its
    // code once. The first name the document uses is kept, the other becomes its alias.
    private void MergeCountryPrefixVariants()
    {
        var byCountry = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null)
            {
                continue;
            }

            var key = CountryPrefixKey(record.Name);
            if (key is null)
            {
                continue;
            }

            if (byCountry.TryGetValue(key, out var first))
            {
                if (!ReferenceEquals(first.Resolve(), record))
                {
                    record.MergeInto(first.Resolve());
                }
            }
            else
            {
                byCountry[key] = record;
            }
        }
    }

    // The name with its leading country (one to three words the gazetteer knows as a country) replaced by the
    // country's gazetteer name; null when no country opens the name or nothing follows it.
    private string? CountryPrefixKey(string name)
    {
        var words = name.Split(' ');
        const int MaxCountryWords = 3;
        for (var count = System.Math.Min(MaxCountryWords, words.Length - 1); count >= 1; count--)
        {
            var prefix = string.Join(" ", words, 0, count);
            if (gazetteer.TryFind(prefix, out var place) && place.Kind == Model.PlaceKind.Country)
            {
                return place.Name + "\n" + NameForms.Key(string.Join(" ", words, count, words.Length - count));
            }
        }

        return null;
    }
}
