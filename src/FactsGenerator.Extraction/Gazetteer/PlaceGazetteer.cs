using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>
/// Countries (with aliases and demonyms), first-level regions, large cities, world regions and (apart) small towns, read once from the
/// embedded gazetteer.tsv (built by tools/gazetteer/build.js; sources and licences in its header).
/// Lookups fold diacritics, so "Sao Paulo" finds "São Paulo".
/// </summary>
internal sealed class PlaceGazetteer
{
    internal const string ResourceName = "FactsGenerator.Extraction.Gazetteer.gazetteer.tsv";

    // Near the counts of the embedded file, so the two big tables are not regrown a dozen times while it is read.
    private const int PlaceCapacity = 16384;
    private const int TownCapacity = 24576;

    private static readonly Lazy<PlaceGazetteer> Shared = new(Load, isThreadSafe: true);

    private readonly Dictionary<string, GazetteerPlace> places;
    private readonly Dictionary<string, string> demonyms;
    private readonly Dictionary<string, Town> towns;

    private PlaceGazetteer(Dictionary<string, GazetteerPlace> places, Dictionary<string, string> demonyms, Dictionary<string, Town> towns, int maxNameWords)
    {
        this.places = places;
        this.demonyms = demonyms;
        this.towns = towns;
        MaxNameWords = maxNameWords;
    }

    public static PlaceGazetteer Instance => Shared.Value;

    /// <summary>The largest number of words in a known name; longer candidates need not be looked up.</summary>
    public int MaxNameWords { get; }

    public int Count => places.Count;

    /// <summary>Finds a place by a name as written ("UK" finds the United Kingdom).</summary>
    public bool TryFind(string name, out GazetteerPlace place)
    {
        if (places.TryGetValue(Key(name), out var found))
        {
            place = found;
            return true;
        }

        // "Khyber-Pakhtunkhwa" for the list's "Khyber Pakhtunkhwa": the hyphen is a spelling of the space; the place is
        // named as the text writes it.
        if (name.IndexOf('-') > 0 && places.TryGetValue(Key(name.Replace('-', ' ')), out var spaced))
        {
            place = new GazetteerPlace(name, spaced.Kind, spaced.Country);
            return true;
        }

        place = null!;
        return false;
    }

    /// <summary>
    /// Finds a one-word town too small for <see cref="TryFind"/>: such names also name colleges, polls and characters
    /// ("a Monmouth poll"), so a caller asks only where the name stands alone as a place would.
    /// </summary>
    public bool TryFindTown(string name, out GazetteerPlace town)
    {
        if (towns.TryGetValue(Key(name), out var found))
        {
            town = new GazetteerPlace(found.Name, PlaceKind.City, found.Country);
            return true;
        }

        town = null!;
        return false;
    }

    /// <summary>The country a demonym refers to ("Norwegian" → "Norway"), or null.</summary>
    public string? CountryOfDemonym(string word) => demonyms.TryGetValue(Key(word), out var country) ? country : null;

    internal static PlaceGazetteer Parse(string data)
    {
        using var reader = new StringReader(data);
        return Parse(reader);
    }

    // The embedded file is read line by line (not first into one string) and its fields cut out without Split: it
    // holds some 38,000 lines, most of them one-word towns, and the first document read in the IDE waits for them.
    private static PlaceGazetteer Parse(TextReader reader)
    {
        var places = new Dictionary<string, GazetteerPlace>(PlaceCapacity, StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var towns = new Dictionary<string, Town>(TownCapacity, StringComparer.Ordinal);
        var countriesByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var demonymCodes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var demonymOrder = new List<string>();
        var placesPerCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var maxWords = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length < 3 || line[0] == '#' || line[1] != '\t')
            {
                continue;
            }

            var nameEnd = line.IndexOf('\t', 2);
            if (nameEnd < 0)
            {
                continue;
            }

            var name = line.Substring(2, nameEnd - 2);
            var codeEnd = line.IndexOf('\t', nameEnd + 1);
            var code = codeEnd < 0 ? line.Substring(nameEnd + 1) : line.Substring(nameEnd + 1, codeEnd - nameEnd - 1);
            switch (line[0])
            {
                case 'C':
                    countriesByCode[code] = name;
                    var country = new GazetteerPlace(name, PlaceKind.Country, name);
                    Add(places, name, country, ref maxWords);
                    if (codeEnd >= 0 && codeEnd + 1 < line.Length)
                    {
                        foreach (var alias in line.Substring(codeEnd + 1).Split('|'))
                        {
                            Add(places, alias, country, ref maxWords);
                        }
                    }

                    break;
                case 'D' when countriesByCode.ContainsKey(code):
                    var key = Key(name);
                    if (!demonymCodes.TryGetValue(key, out var codes))
                    {
                        demonymCodes[key] = codes = new List<string>();
                        demonymOrder.Add(key);
                    }

                    codes.Add(code);
                    break;
                case 'R' when countriesByCode.TryGetValue(code, out var regionCountry):
                    CountPlace(placesPerCode, code);
                    Add(places, name, new GazetteerPlace(name, PlaceKind.Region, regionCountry), ref maxWords);
                    break;
                case 'W':
                    // A continent, ocean or world region lies in no single country.
                    Add(places, name, new GazetteerPlace(name, PlaceKind.Region, string.Empty), ref maxWords);
                    break;
                case 'T' when IsPlanet(name):
                case 'V' when IsPlanet(name):
                    break;
                case 'T' when countriesByCode.TryGetValue(code, out var cityCountry):
                    CountPlace(placesPerCode, code);
                    Add(places, name, new GazetteerPlace(name, PlaceKind.City, cityCountry), ref maxWords);
                    break;
                case 'V' when countriesByCode.TryGetValue(code, out var townCountry):
                    var townKey = Key(name);
                    if (!places.ContainsKey(townKey))
                    {
                        towns[townKey] = new Town(name, townCountry);
                    }

                    break;
            }
        }

        // The city list wins a name it shares with a region, so a few US states ("Florida", "Montana", "Virginia") came
        // in as a foreign town of that name; in English news such a name is the state (a country, "Georgia", is kept).
        foreach (var state in Entities.StateAbbreviations.StateNames)
        {
            var stateKey = Key(state);
            if (places.TryGetValue(stateKey, out var shadowing) && shadowing.Kind != PlaceKind.Country
                && !(shadowing.Kind == PlaceKind.Region && shadowing.Country == "United States"))
            {
                places[stateKey] = new GazetteerPlace(state, PlaceKind.Region, "United States");
            }
        }

        // So did two Canadian provinces ("Ontario", "New Brunswick" are also towns of the United States): in the news,
        // and after "Waterloo, Ont.", the name is the province.
        foreach (var province in Entities.StateAbbreviations.ProvinceNames)
        {
            var provinceKey = Key(province);
            if (!places.TryGetValue(provinceKey, out var shadowing) || (shadowing.Kind != PlaceKind.Country && shadowing.Kind != PlaceKind.Region))
            {
                places[provinceKey] = new GazetteerPlace(province, PlaceKind.Region, "Canada");
            }
        }

        // A demonym several countries share ("American": the United States and the Northern Mariana Islands; "Dutch")
        // means the country with the most regions and cities in the list, the one a reader thinks of first.
        foreach (var key in demonymOrder)
        {
            var best = string.Empty;
            var bestCount = -1;
            foreach (var code in demonymCodes[key])
            {
                var count = placesPerCode.TryGetValue(code, out var n) ? n : 0;
                if (count > bestCount)
                {
                    best = code;
                    bestCount = count;
                }
            }

            demonyms[key] = countriesByCode[best];
        }

        return new PlaceGazetteer(places, demonyms, towns, maxWords);
    }

    /// <summary>The comparison key: diacritics folded, a curly apostrophe made straight ("Cox’s Bazar"), case kept (place names are proper nouns).</summary>
    internal static string Key(string name)
    {
        foreach (var c in name)
        {
            if (c > '\u007F')
            {
                return Identifier.FoldDiacritics(name).Replace('\u2019', '\'');
            }
        }

        return name;
    }

    private static void Add(Dictionary<string, GazetteerPlace> places, string name, GazetteerPlace place, ref int maxWords)
    {
        var key = Key(name);
        if (!places.ContainsKey(key))
        {
            places[key] = place;
        }

        maxWords = Math.Max(maxWords, WordCount(name));
    }

    private static int WordCount(string name)
    {
        var words = 1;
        foreach (var c in name)
        {
            if (c is ' ' or '-')
            {
                words++;
            }
        }

        return words;
    }

    // A town named after a planet ("Jupiter" in Florida) is far rarer in the news than the planet, which is no place; the
    // town is still found where its region follows it ("Jupiter, Florida"), as an unknown town is.
    private static bool IsPlanet(string name) =>
        name is "Mercury" or "Venus" or "Earth" or "Mars" or "Jupiter" or "Saturn" or "Uranus" or "Neptune" or "Pluto";

    private static PlaceGazetteer Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded gazetteer is missing: " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    // A town is kept as two references in the table, not as a GazetteerPlace of its own: there are some 22,000 of
    // them and few are ever found, so the object is made on a hit.
    private readonly struct Town
    {
        public Town(string name, string country)
        {
            Name = name;
            Country = country;
        }

        public string Name { get; }

        public string Country { get; }
    }

    private static void CountPlace(Dictionary<string, int> counts, string code) =>
        counts[code] = counts.TryGetValue(code, out var n) ? n + 1 : 1;
}
