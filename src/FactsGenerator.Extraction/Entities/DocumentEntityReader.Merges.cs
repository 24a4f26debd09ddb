using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names that turn out to be other names of one entity, merged after all passes.</summary>
internal sealed partial class DocumentEntityReader
{
    // "President Macron" seen before or after "Emmanuel Macron" is one person.
    private void MergeShortPersonNames()
    {
        foreach (var shortName in registry.Records)
        {
            if (shortName.Kind != EntityKind.Person || shortName.MergedInto is not null || shortName.Name.IndexOf(' ') >= 0)
            {
                continue;
            }

            var full = PersonByPartOfName(shortName.Name);
            if (full is not null && !ReferenceEquals(full, shortName))
            {
                shortName.MergeInto(full);
            }
        }

        indexedRecords = -1;
        MergeNameEndings();

        // "Elijah Cummings" and later "Elijah Eugene Cummings": the same first and last name is one person.
        var people = new List<EntityRecord>();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Person && record.MergedInto is null && record.Name.IndexOf(' ') > 0)
            {
                people.Add(record);
            }
        }

        var byFirstAndLast = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var person in people)
        {
            var parts = person.Name.Split(' ');
            var key = NameForms.Key(parts[0]) + " " + NameForms.Key(parts[parts.Length - 1]);
            if (byFirstAndLast.TryGetValue(key, out var earlier))
            {
                if (SameFirstAndLast(earlier.Name, person.Name))
                {
                    person.MergeInto(earlier);
                }
            }
            else
            {
                byFirstAndLast[key] = person;
            }
        }

        MergeSpellingVariants(people);
    }

    // "Hamza bin Laden" and later "Hamza bin Ladin": a transliterated surname spelled with one other vowel, after the
    // same given names, is the same person.
    private static void MergeSpellingVariants(List<EntityRecord> people)
    {
        const int MinSurnameLength = 4;
        var byVowelPattern = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (person.MergedInto is not null)
            {
                continue;
            }

            var space = person.Name.LastIndexOf(' ');
            var surname = person.Name.Substring(space + 1);
            if (surname.Length < MinSurnameLength)
            {
                continue;
            }

            var key = person.Name.Substring(0, space) + " " + VowelPattern(surname);
            if (!byVowelPattern.TryGetValue(key, out var earlier))
            {
                byVowelPattern[key] = person;
            }
            else if (DifferInOneLetter(earlier.Name, person.Name))
            {
                person.MergeInto(earlier);
            }
        }
    }

    // The word with each lower-case vowel replaced by one mark ("Ladin" and "Laden" → "L*d*n").
    private static string VowelPattern(string word)
    {
        var letters = word.ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            if (letters[i] is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                letters[i] = '*';
            }
        }

        return new string(letters);
    }

    private static bool DifferInOneLetter(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                differences++;
            }
        }

        return differences == 1;
    }

    // "Luis de Rosa" and later "De Rosa": a surname that opens with a particle is written alone with it, so the
    // short name is the person whose full name ends in it. So is a name of two or more words that ends a longer name
    // ("Mohd Khalid Ismail" and later "Khalid Ismail", "Andrés Manuel López Obrador" and "López Obrador").
    private void MergeNameEndings()
    {
        // Every person under each ending of its name that starts after a space ("Luis de Rosa" under "de Rosa" and
        // "Rosa"), so a short name finds the full names that end in it without reading every record.
        Dictionary<string, List<EntityRecord>>? byEnding = null;
        foreach (var shortName in registry.Records)
        {
            if (shortName.Kind != EntityKind.Person || shortName.MergedInto is not null
                || !(StartsWithSurnameParticle(shortName.Name) || shortName.Name.IndexOf(' ') > 0))
            {
                continue;
            }

            byEnding ??= PersonsByNameEnding();
            if (!byEnding.TryGetValue(shortName.Name, out var endingIn))
            {
                continue;
            }

            EntityRecord? only = null;
            var candidates = 0;
            foreach (var full in endingIn)
            {
                if (full.MergedInto is null && !ReferenceEquals(full, shortName))
                {
                    only = full;
                    candidates++;
                }
            }

            if (candidates == 1 && only is not null)
            {
                shortName.MergeInto(only);
            }
        }
    }

    private Dictionary<string, List<EntityRecord>> PersonsByNameEnding()
    {
        var byEnding = new Dictionary<string, List<EntityRecord>>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var full in registry.Records)
        {
            if (full.Kind != EntityKind.Person)
            {
                continue;
            }

            var name = full.Name;
            for (var space = name.Length > 1 ? name.IndexOf(' ', 1) : -1; space > 0 && space + 1 < name.Length; space = name.IndexOf(' ', space + 1))
            {
                var ending = name.Substring(space + 1);
                if (!byEnding.TryGetValue(ending, out var list))
                {
                    list = new List<EntityRecord>();
                    byEnding[ending] = list;
                }

                list.Add(full);
            }
        }

        return byEnding;
    }

    private static bool StartsWithSurnameParticle(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && Lexicon.NameConnectors.Contains(name.Substring(0, space).ToLowerInvariant()) && name.Substring(0, space) is not ("The" or "Of" or "For");
    }

    // "G7, or the Group of Seven,": the second name is an alias of the first.
    private void MergeOrAlternatives()
    {
        foreach (var (_, chunks) in sentences)
        {
            for (var c = 0; c + 1 < chunks.Count; c++)
            {
                var first = chunks[c];
                var second = chunks[c + 1];
                var tokens = first.Tokens;
                var p = first.Last + 1;
                if (p + 1 >= tokens.Count || !tokens[p].IsSymbol(',') || !tokens[p + 1].Is("or"))
                {
                    continue;
                }

                var expected = tokens[p + 2 < tokens.Count && tokens[p + 2].Is("the") ? p + 2 : p + 1].End;
                var a = registry.Find(first.Text);
                var b = registry.Find(second.Text);
                if (tokens[second.First].Start > expected + 1 || a is null || b is null || a.Kind != b.Kind || ReferenceEquals(a, b) || a.Kind == EntityKind.Person)
                {
                    continue;
                }

                b.MergeInto(a);
            }
        }
    }

    // "the Senate" after "the Velmoria Senate", "the Supreme Court" after "the Supreme Court of Velmoria", and
    // "Velmoria's parliament" beside "the Parliament of Velmoria": a body's short or reordered name is an alias
    // when exactly one longer name of the document fits it.
    private void MergeShortOrganizationNames()
    {
        var organizations = new List<EntityRecord>();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Organization && record.MergedInto is null)
            {
                organizations.Add(record);
            }
        }

        // A short name is compared only with the longer names it can be short for (see IsShortFormOf): those that
        // end in its words (filed under their last words, at most MaxEndingWords of them), those whose words
        // before "of" are its words, and those whose words before "of" are its words after the first and whose
        // place after "of" is its first word.
        const int MaxEndingWords = 6;
        var byEnding = new Dictionary<string, List<int>>(System.StringComparer.OrdinalIgnoreCase);
        var beforeOf = new Dictionary<string, List<int>>(System.StringComparer.OrdinalIgnoreCase);
        var reordered = new Dictionary<string, List<int>>(System.StringComparer.OrdinalIgnoreCase);
        var fieldAfterOf = new Dictionary<string, List<int>>(System.StringComparer.OrdinalIgnoreCase);
        var wordAndHead = new Dictionary<string, List<int>>(System.StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < organizations.Count; i++)
        {
            var words = organizations[i].Name.Split(' ');
            // "Velm Governing Board" filed under "Velm" and "Board", for "Velm Board" (see IsHeadWithWordSkipped).
            for (var w = 0; w < words.Length - 2 && words.Length <= MaxEndingWords; w++)
            {
                AddCandidate(wordAndHead, words[w] + "\n" + words[words.Length - 1], i);
            }

            if (EndsInHeadOfField(words))
            {
                AddCandidate(fieldAfterOf, words[words.Length - 3] + "\n" + words[words.Length - 1], i);
            }

            for (var start = System.Math.Max(1, words.Length - MaxEndingWords); start < words.Length; start++)
            {
                AddCandidate(byEnding, string.Join(" ", words, start, words.Length - start), i);
            }

            var ofOrFor = FirstOfOrFor(words);
            if (ofOrFor > 0)
            {
                AddCandidate(beforeOf, string.Join(" ", words, 0, ofOrFor), i);
            }

            var of = System.Array.IndexOf(words, "of");
            if (of > 0)
            {
                var head = string.Join(" ", words, 0, of);
                var place = string.Join(" ", words, of + 1, words.Length - of - 1);
                if (place.StartsWith("the ", System.StringComparison.Ordinal))
                {
                    place = place.Substring(4);
                }

                foreach (var placeKey in PlaceKeys(place))
                {
                    AddCandidate(reordered, head + "\n" + placeKey, i);
                }
            }
        }

        var seen = new HashSet<int>();
        var candidateIndexes = new List<int>();
        foreach (var shortName in organizations)
        {
            seen.Clear();
            candidateIndexes.Clear();
            var shortWords = shortName.Name.Split(' ');
            var ending = shortWords.Length <= MaxEndingWords ? shortName.Name : string.Join(" ", shortWords, shortWords.Length - MaxEndingWords, MaxEndingWords);
            AddCandidates(byEnding, ending, seen, candidateIndexes);
            AddCandidates(beforeOf, shortName.Name, seen, candidateIndexes);
            if (shortWords.Length == 2)
            {
                AddCandidates(fieldAfterOf, shortWords[1] + "\n" + shortWords[0], seen, candidateIndexes);
                AddCandidates(wordAndHead, shortWords[0] + "\n" + shortWords[1], seen, candidateIndexes);
            }
            if (shortWords.Length >= 2)
            {
                var rest = string.Join(" ", shortWords, 1, shortWords.Length - 1);
                foreach (var placeKey in PlaceKeys(shortWords[0]))
                {
                    AddCandidates(reordered, rest + "\n" + placeKey, seen, candidateIndexes);
                }
            }

            // In the order of the document, as when every pair was compared.
            candidateIndexes.Sort();
            EntityRecord? only = null;
            EntityRecord? countryParty = null;
            var candidates = 0;
            foreach (var index in candidateIndexes)
            {
                var longName = organizations[index];
                if (!ReferenceEquals(shortName, longName) && longName.MergedInto is null && IsShortFormOf(shortName.Name, longName.Name)
                    && !ReferenceEquals(only, longName.Resolve()))
                {
                    only = longName.Resolve();
                    candidates++;
                    countryParty ??= IsCountryBeforeParty(shortName.Name, longName.Name) ? longName : null;
                }
            }

            // "US Liberal Party" beside "Liberal Party of Ostra": the country's party is the party itself, whatever
            // branches the document also names.
            if (candidates > 1 && countryParty is not null && shortName.MergedInto is null)
            {
                countryParty.MergeInto(shortName);
                continue;
            }

            if (candidates == 1 && only is not null && !ReferenceEquals(only, shortName.Resolve()))
            {
                // A party is named by its own name; the country before it is only said to tell it from others.
                if (shortName.MergedInto is null && IsCountryBeforeParty(shortName.Name, only.Name))
                {
                    only.MergeInto(shortName);
                }
                else
                {
                    shortName.MergeInto(only);
                }
            }
        }
    }

    // The keys under which SamePlace finds two places equal: their name key, and the gazetteer's place.
    private IEnumerable<string> PlaceKeys(string place)
    {
        yield return "k:" + NameForms.Key(place);
        if (gazetteer.TryFind(place, out var found))
        {
            yield return "g:" + found.Name;
        }
    }

    private static void AddCandidate(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var positions))
        {
            positions = new List<int>();
            index[key] = positions;
        }

        positions.Add(position);
    }

    private static void AddCandidates(Dictionary<string, List<int>> index, string key, HashSet<int> seen, List<int> candidates)
    {
        if (index.TryGetValue(key, out var positions))
        {
            foreach (var position in positions)
            {
                if (seen.Add(position))
                {
                    candidates.Add(position);
                }
            }
        }
    }

    // Only the names filed under the keys in MergeShortOrganizationNames can pass: keep the two in step.
    private static int FirstOfOrFor(string[] words)
    {
        var of = System.Array.IndexOf(words, "of");
        var forIndex = System.Array.IndexOf(words, "for");
        return of < 0 ? forIndex : forIndex < 0 ? of : System.Math.Min(of, forIndex);
    }

    // "Department of Justice", "Velmoria Ministry of Health": a head word, "of" and one field word close the name.
    private static bool EndsInHeadOfField(string[] words) =>
        words.Length >= 3 && words[words.Length - 2] == "of" && Lexicon.OrganizationHeads.Contains(words[words.Length - 3]);

    /// <summary>Words that say what level or kind of body a name is, shared by many bodies of one country.</summary>
    internal static readonly HashSet<string> LevelWords = Lexicon.Set(
        "Federal Central Supreme State Executive General Royal Joint High Regional Provincial City Municipal District County Local Interim");

    // "Velm Board" of "Velm Governing Board", "Harbour Committee" of "Arnmouth Harbour and Docks Committee": a name's
    // own word and its head, with the words between left out. A word that only says what kind or level of body it is
    // ("National Council" beside "National Security Council") tells nothing apart, and parties differ by such words.
    private static bool IsHeadWithWordSkipped(string[] shortWords, string[] longWords)
    {
        if (shortWords.Length != 2 || longWords.Length < 3 || IsPartyName(shortWords)
            || !string.Equals(shortWords[1], longWords[longWords.Length - 1], System.StringComparison.OrdinalIgnoreCase)
            || LevelWords.Contains(shortWords[0]) || Lexicon.NonNameWords.Contains(shortWords[0]) || NameForms.IsCountryOrDemonym(shortWords[0]))
        {
            return false;
        }

        for (var k = 0; k < longWords.Length - 2; k++)
        {
            if (string.Equals(longWords[k], shortWords[0], System.StringComparison.OrdinalIgnoreCase))
            {
                return System.Array.IndexOf(longWords, "of") < 0 && System.Array.IndexOf(longWords, "for") < 0;
            }
        }

        return false;
    }

    private bool IsShortFormOf(string shortName, string longName)
    {
        var shortWords = shortName.Split(' ');
        var longWords = longName.Split(' ');
        // "the House" is not short for "the White House": a seat of power is named by its building.
        if (shortWords.Length >= longWords.Length || !HasHeadOfBody(shortWords)
            || Lexicon.SeatsOfPower.Contains(longName) || Lexicon.SeatsOfPower.Contains(shortName))
        {
            return false;
        }

        if (IsHeadWithWordSkipped(shortWords, longWords))
        {
            return true;
        }

        // "Justice Department" of "Velmoria Department of Justice": the field before the head instead of after "of".
        if (shortWords.Length == 2 && EndsInHeadOfField(longWords) && string.Equals(shortWords[1], longWords[longWords.Length - 3], System.StringComparison.OrdinalIgnoreCase)
            && string.Equals(shortWords[0], longWords[longWords.Length - 1], System.StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Senate" of "Velmoria Senate": the same last words (but in "Medal of the Velmorian Union" the union is
        // another body).
        var before = longWords[longWords.Length - shortWords.Length - 1];
        if (EqualWords(shortWords, 0, longWords, longWords.Length - shortWords.Length, shortWords.Length) && before is not ("of" or "the" or "for")
            && !(IsPartyName(shortWords) && !IsNationalOwnerPrefix(longWords, longWords.Length - shortWords.Length)))
        {
            return true;
        }

        // "Supreme Court" of "Supreme Court of Velmoria" or "District Court for the Eastern District": the words
        // before the first "of" or "for".
        var ofOrFor = FirstOfOrFor(longWords);
        if (ofOrFor == shortWords.Length && EqualWords(shortWords, 0, longWords, 0, ofOrFor) && !IsPartyBranch(shortWords, longWords, ofOrFor))
        {
            return true;
        }

        var of = System.Array.IndexOf(longWords, "of");

        // "Velmoria parliament" of "Parliament of Velmoria": the head after the place instead of before it.
        if (of > 0 && shortWords.Length >= 2 && shortWords.Length - 1 == of && EqualWords(shortWords, 1, longWords, 0, of))
        {
            var place = string.Join(" ", longWords, of + 1, longWords.Length - of - 1);
            if (place.StartsWith("the ", System.StringComparison.Ordinal))
            {
                place = place.Substring(4);
            }

            return SamePlace(shortWords[0], place);
        }

        return false;
    }

    // "Senate" ends in its head; "House of Representatives" has it before its field, which is no body's word.
    private static bool HasHeadOfBody(string[] words) =>
        Lexicon.OrganizationHeads.Contains(words[words.Length - 1]) || EndsInHeadOfField(words);

    // Parties are told apart by the adjectives stacked before "Party": "Social Liberal Party" is not the
    // "Liberal Party".
    private static bool IsPartyName(string[] words) => words.Length >= 2 && words[words.Length - 1] is "Party" or "party";

    // "Velmoria" or "US" before "Liberal Party": a place, a people or another body owns the named body, so the
    // shorter name is the same body.
    private bool IsOwnerPrefix(string[] words, int count)
    {
        var prefix = string.Join(" ", words, 0, count);
        return NameForms.IsCountryOrDemonym(prefix) || gazetteer.TryFind(prefix, out _) || (count == 1 && NameForms.IsAllCaps(prefix))
            || registry.Find(prefix) is { Kind: EntityKind.Place or EntityKind.Organization };
    }

    // "Liberal Party of Ostra", a state or a city after "of", is the party's branch there, and "Liberal Party" the
    // party itself ("Liberal Party of Velmoria", a country, is the party).
    private bool IsPartyBranch(string[] shortWords, string[] longWords, int ofOrFor)
    {
        if (!IsPartyName(shortWords) || longWords[ofOrFor] != "of")
        {
            return false;
        }

        var place = string.Join(" ", longWords, ofOrFor + 1, longWords.Length - ofOrFor - 1);
        if (place.StartsWith("the ", System.StringComparison.Ordinal))
        {
            place = place.Substring(4);
        }

        return !NameForms.IsCountryOrDemonym(place) && gazetteer.TryFind(place, out _);
    }

    // "US" or "Velmorian" before "Liberal Party" names the party itself; a state or a city before it names the
    // party's branch there, another body ("the Ostra Liberal Party" runs the party's contests in Ostra).
    private static bool IsNationalOwnerPrefix(string[] words, int count)
    {
        var prefix = string.Join(" ", words, 0, count);
        return NameForms.IsCountryOrDemonym(prefix) || (count == 1 && NameForms.IsAllCaps(prefix));
    }

    // "US Liberal Party" for "Liberal Party" (but "Velmorian Liberal Party" may be the party's own name).
    private static bool IsCountryBeforeParty(string shortName, string longName)
    {
        var shortWords = shortName.Split(' ');
        var longWords = longName.Split(' ');
        var count = longWords.Length - shortWords.Length;
        if (!IsPartyName(shortWords) || count <= 0 || !EqualWords(shortWords, 0, longWords, count, shortWords.Length))
        {
            return false;
        }

        var prefix = string.Join(" ", longWords, 0, count);
        return (NameForms.IsCountryOrDemonym(prefix) && NameForms.CountryOfDemonym(prefix) is null) || (count == 1 && NameForms.IsAllCaps(prefix));
    }

    private bool SamePlace(string a, string b) =>
        SameKey(a, b) || (gazetteer.TryFind(a, out var x) && gazetteer.TryFind(b, out var y) && x.Name == y.Name);

    private static bool EqualWords(string[] a, int aStart, string[] b, int bStart, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(a[aStart + i], b[bStart + i], System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameFirstAndLast(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        return x.Length != y.Length && SameKey(x[0], y[0]) && SameKey(x[x.Length - 1], y[y.Length - 1]);
    }

    // "Bissau" and "Guinea-Bissau" are one place; "Labour" and "Labour Party" one organisation.
    private void MergeShortPlaceAndOrganizationNames()
    {
        var longForms = new Dictionary<string, EntityRecord>(System.StringComparer.Ordinal);
        foreach (var longName in registry.Records)
        {
            var shortKey = longName.MergedInto is null ? ShortFormKey(longName) : null;
            if (shortKey is not null && !longForms.ContainsKey(shortKey))
            {
                longForms[shortKey] = longName;
            }
        }

        // "GOP" and "Republicans", "the Greens" and "Green": a party named by its plural is the long form of its other
        // short names when the document does not name it in full ("Republican Party" comes first above).
        foreach (var plural in registry.Records)
        {
            if (plural.MergedInto is null && plural.Kind == EntityKind.Organization && plural.Name != "GOP" && PartyPluralSingular(plural.Name) is { } adjective)
            {
                var key = EntityKind.Organization + ":" + NameForms.Key(adjective);
                if (!longForms.ContainsKey(key))
                {
                    longForms[key] = plural;
                }
            }
        }

        // "Washington" in a document that names "Washington, D.C." is the capital.
        var capital = registry.Find("Washington, D.C.", EntityKind.Place);
        if (capital is not null)
        {
            longForms[EntityKind.Place + ":" + NameForms.Key("Washington")] = capital;
        }

        foreach (var shortName in registry.Records)
        {
            if (shortName.MergedInto is not null || shortName.Kind == EntityKind.Person || shortName.Name.IndexOf(' ') >= 0)
            {
                continue;
            }

            if ((longForms.TryGetValue(shortName.Kind + ":" + NameForms.Key(shortName.Name), out var longName)
                    || (PartyPluralSingular(shortName.Name) is { } singular && longForms.TryGetValue(shortName.Kind + ":" + NameForms.Key(singular), out longName)))
                && !ReferenceEquals(longName, shortName) && !IsPartyWordBeforeOtherBody(shortName.Name, longName.Name))
            {
                shortName.MergeInto(longName);
            }
        }
    }

    /// <summary>The kinds of a news agency written after its own name ("Orvik News Agency", "the Velm Press Agency").</summary>
    private static readonly string[] NewsAgencyKinds = { " News Agency", " Press Agency", " News Service" };

    // Where the two words of a news agency's kind start in its name (after at least one word of its own), or -1.
    private static int NewsAgencyKindStart(string name)
    {
        foreach (var kind in NewsAgencyKinds)
        {
            if (name.Length > kind.Length && name.EndsWith(kind, System.StringComparison.Ordinal))
            {
                var start = name.Length - kind.Length;
                return name.StartsWith("The ", System.StringComparison.Ordinal) && start <= 4 ? -1 : start;
            }
        }

        return -1;
    }

    // The key under which a shorter name would refer to this record: the last part of a hyphenated
    // place, or an organisation's name without its head word or its company ending.
    private static string? ShortFormKey(EntityRecord record)
    {
        var name = record.Name;
        if (record.Kind == EntityKind.Place)
        {
            // "the Mediterranean" for "the Mediterranean Sea": a sea or an ocean is named without its head word too, and
            // so are a district and a village ("Tarsk" for "Tarsk District"), and a strip ("Gaza" beside "the Gaza
            // Strip": news annotators file the two as one place, 3 of 3 in tune36).
            var lastSpace = name.LastIndexOf(' ');
            if (lastSpace > 0 && name.IndexOf(' ') == lastSpace
                && name.Substring(lastSpace + 1) is "Sea" or "Ocean" or "District" or "Village" or "Strip")
            {
                return record.Kind + ":" + NameForms.Key(name.Substring(0, lastSpace));
            }

            var hyphen = name.LastIndexOf('-');
            return hyphen > 0 && name.IndexOf(' ') < 0 ? record.Kind + ":" + NameForms.Key(name.Substring(hyphen + 1)) : null;
        }

        if (record.Kind != EntityKind.Organization)
        {
            return null;
        }

        // "Orvik" for "Orvik News Agency": a news agency goes by its own name without the two words of its kind.
        var agency = NewsAgencyKindStart(name);
        if (agency > 0)
        {
            return record.Kind + ":" + NameForms.Key(name.Substring(0, agency));
        }

        // "Dorsey" for "Dorsey Logistics": a company is named without the word that says its trade, as a body is without its head.
        var space = name.LastIndexOf(' ');
        return space > 0 && Lexicon.IsBodyOrCompanyWord(name.Substring(space + 1))
            ? record.Kind + ":" + NameForms.Key(name.Substring(0, space)) : null;
    }
}
