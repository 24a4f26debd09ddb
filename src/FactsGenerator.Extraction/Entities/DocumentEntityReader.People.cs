using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>When a name is a person's, their role, and which person a single word refers to.</summary>
internal sealed partial class DocumentEntityReader
{
    private EntityRecord AddPerson(NameChunk chunk, string name, List<NameChunk> chunks)
    {
        var person = Add(EntityKind.Person, name, chunk);
        ReadRole(person, chunk, chunks, before: true);
        return person;
    }

    private void ReadRole(EntityRecord person, NameChunk chunk, List<NameChunk> chunks, bool before)
    {
        if (person.Role is null || person.Affiliation is null)
        {
            var match = (before ? RoleParser.Before(chunk.Tokens, chunk.First, chunks) : null) ?? RoleParser.After(chunk.Tokens, chunk.Last, chunks)
                ?? RoleParser.AsRole(chunk.Tokens, chunk.Last, chunks);
            if (match is not null)
            {
                if (person.Role is null && match.Role is not null)
                {
                    person.Role = match.Role;
                }

                if (person.Affiliation is null && match.Affiliation is not null)
                {
                    person.Affiliation = CanonicalAffiliation(match.Affiliation);
                }

                // "wife of Jo Kim": what a kinship noun belongs to is a person, not a body.
                if (match.AffiliationChunk is { } owner && !(match.Role is { } role && Lexicon.PersonNouns.Contains(role))
                    && !NameForms.IsCountryOrDemonym(owner.Text) && !gazetteer.TryFind(owner.Text, out _)
                    && !IsKnownPerson(owner.Text) && PersonByPartOfName(owner.Text) is null)
                {
                    // "the mayor of Arnmouth": a mayor belongs to a town, not a body.
                    evidence.Hint(owner.Text, match.Role is { } office && office.EndsWith("mayor", System.StringComparison.OrdinalIgnoreCase) ? EntityKind.Place : EntityKind.Organization);
                }
            }
        }
    }

    private bool IsPersonLike(NameChunk chunk)
    {
        var words = chunk.SpacedWordCount;
        if (words < 2 || words > MaxPersonWords || !IsPersonNameSpan(chunk.Tokens, chunk.First, chunk.Last))
        {
            return false;
        }

        var first = chunk.Tokens[chunk.First].Text;
        var last = chunk.Tokens[chunk.Last].Text;

        // "the Gay Village": a determiner does not go before a person's name.
        var determined = chunk.First > 0 && (chunk.Tokens[chunk.First - 1].Is("the") || chunk.Tokens[chunk.First - 1].Is("a"));
        return first is not ("El" or "La" or "Los" or "Las" or "Le" or "Les") && last.Length > 1 && !determined;
    }

    // A run of capitalised words is a person's name only with some evidence: a known first name, the surname
    // used alone elsewhere, a role beside it, or a verb of saying or an age after it.
    private bool HasPersonEvidence(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;

        // "Utah Jazz": a place opening the name needs more than a reused last word.
        if (gazetteer.TryFind(tokens[chunk.First].Text, out _) && !GivenNames.Contains(tokens[chunk.First].Text))
        {
            var described = RoleParser.Before(tokens, chunk.First, chunks) ?? RoleParser.After(tokens, chunk.Last, chunks);
            return described?.Role is not null || HasPersonNounBeside(tokens, chunk) || evidence.IsActor(chunk.Text);
        }

        if (IsKnownPerson(chunk.Text) || IsKnownPerson(tokens[chunk.Last].Text) || GivenNames.Contains(tokens[chunk.First].Text)
            || Lexicon.LineageNamePrefixes.Contains(tokens[chunk.First].Text)
            || Lexicon.WordLikeGivenNames.Contains(tokens[chunk.First].Text)
            || evidence.IsUsedAlone(tokens[chunk.Last].Text) || evidence.IsActor(chunk.Text) || HasPersonNounBeside(tokens, chunk)
            || IsFollowedByWho(tokens, chunk.Last) || IsListedAfterPerson(chunk, chunks))
        {
            return true;
        }

        var role = RoleParser.Before(tokens, chunk.First, chunks) ?? RoleParser.After(tokens, chunk.Last, chunks);
        return role is not null && (role.Role is not null || role.Affiliation is not null);
    }

    // "Ana Ruiz, who was arrested": "who" only refers back to a person.
    private static bool IsFollowedByWho(IReadOnlyList<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].IsSymbol(',') && (tokens[last + 2].Is("who") || tokens[last + 2].Is("whose"));

    // "Ana Ruiz and Jo Kim": a name listed right after a person's is a person's too.
    private bool IsListedAfterPerson(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        if (k < 1 || !(tokens[k].Is("and") || tokens[k].IsSymbol(',')))
        {
            return false;
        }

        k--;
        if (k >= 1 && tokens[k].IsSymbol(',') && tokens[k + 1].Is("and"))
        {
            k--;
        }

        var previous = RoleParser.ChunkEndingAt(chunks, k);
        return previous is not null && previous.SpacedWordCount >= 2 && IsKnownPerson(previous.Text) && !QualifiesNamedPerson(tokens, chunk.Last);
    }

    // "Ana Ruiz and Lakeside Dynamo goalkeeper Jo Kim": a name before a noun for a person and then another name
    // only says where that person belongs.
    private static bool QualifiesNamedPerson(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || !NameForms.IsLowerWord(tokens[last + 1]) || !NameChunker.IsNameWord(tokens[last + 2]))
        {
            return false;
        }

        var noun = tokens[last + 1].Text;
        return IsPersonNoun(tokens[last + 1]) || (!Lexicon.AttributionVerbs.Contains(noun)
            && (noun.EndsWith("er", System.StringComparison.Ordinal) || noun.EndsWith("ist", System.StringComparison.Ordinal) || noun.EndsWith("ian", System.StringComparison.Ordinal)));
    }

    // "his cousin Tariq bin Hamad", "the new ruler, Faisal bin Said", "Ana Ruiz, a local resident".
    private static bool HasPersonNounBeside(IReadOnlyList<Token> tokens, NameChunk chunk)
    {
        var before = chunk.First - 1;
        if (before >= 0 && tokens[before].IsSymbol(','))
        {
            before--;
        }

        if (before >= 0 && IsPersonNoun(tokens[before]))
        {
            return true;
        }

        var after = chunk.Last + 1;
        if (after + 1 < tokens.Count && tokens[after].IsSymbol(',') && (tokens[after + 1].Is("the") || tokens[after + 1].Is("a") || tokens[after + 1].Is("an")
            || tokens[after + 1].Is("his") || tokens[after + 1].Is("her") || tokens[after + 1].Is("their")))
        {
            for (var i = after + 2; i < tokens.Count && i <= after + 5; i++)
            {
                if (IsPersonNoun(tokens[i]))
                {
                    return true;
                }

                if (!tokens[i].IsWord)
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool IsPersonNoun(Token token) =>
        NameForms.IsLowerWord(token) && (Lexicon.PersonNouns.Contains(token.Text) || Lexicon.RoleHeads.Contains(token.Text));

    // "his wife, Amanda,", "a chef named Lukas": a single name right after a noun for a person.
    private static bool IsNamedPersonAlone(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (!NameForms.IsPersonNameWord(tokens[chunk.First]) || (next < tokens.Count && tokens[next].IsWord))
        {
            return false;
        }

        var before = chunk.First - 1;
        if (before >= 0 && tokens[before].Is("named"))
        {
            return true;
        }

        if (before >= 0 && tokens[before].IsSymbol(','))
        {
            before--;
        }

        return before >= 1 && NameForms.IsLowerWord(tokens[before]) && Lexicon.PersonNouns.Contains(tokens[before].Text)
            && (tokens[before - 1].Is("his") || tokens[before - 1].Is("her") || tokens[before - 1].Is("their"));
    }

    // "Ana Maria Hall was convicted", "Jo Hill said": surnames that are also place words end a person's name after
    // given names (but "in Victoria Park", "the Albert Hall" name places).
    private bool IsPersonWithPlaceWordSurname(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var words = chunk.SpacedWordCount;
        if (words < 2 || words > MaxPersonWords || chunk.InsideQuote || tokens[chunk.Last].Text is not ("Hall" or "Hill" or "Park" or "Church" or "Lake" or "Marsh")
            || !(GivenNames.Contains(tokens[chunk.First].Text) || GivenNames.Contains(tokens[chunk.Last - 1].Text)) || gazetteer.TryFind(tokens[chunk.First].Text, out _)
            || !IsPersonNameSpan(tokens, chunk.First, chunk.Last - 1))
        {
            return false;
        }

        if (chunk.First > 0 && tokens[chunk.First - 1] is { } before && NameForms.IsLowerWord(before)
            && (before.Is("the") || before.Is("a") || before.Is("from") || before.Is("to") || before.Is("at") || Lexicon.PlacePrepositions.Contains(before.Text)))
        {
            return false;
        }

        return (words >= 3 && GivenNames.Contains(tokens[chunk.Last - 1].Text) && tokens[chunk.Last - 1].SpaceBefore) || evidence.IsActor(chunk.Text) || IsFollowedByWho(tokens, chunk.Last)
            || HasPersonNounBeside(tokens, chunk) || RoleParser.Before(tokens, chunk.First, chunks)?.Role is not null;
    }

    // "Tomas and Ana Ruiz": a given name before "and" and a person's full name shares that person's surname.
    private NameChunk? SharedSurnamePartner(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (chunk.First != chunk.Last || !GivenNames.Contains(chunk.Text) || chunk.Last + 2 >= tokens.Count || !tokens[chunk.Last + 1].Is("and"))
        {
            return null;
        }

        var next = RoleParser.ChunkStartingAt(chunks, chunk.Last + 2);
        return next is not null && next.SpacedWordCount == 2 && next.First + 1 == next.Last && GivenNames.Contains(next.Tokens[next.First].Text)
            && IsKnownPerson(next.Text) ? next : null;
    }

    // "Velmorian president Osrek said": a lower-case office right before a single name is that person's.
    private static bool IsAfterLowerCaseRole(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First - 1;
        // "official", "fellow", "chief" are adjectives as often as offices ("an official Android app").
        return before >= 1 && NameForms.IsLowerWord(tokens[before]) && Lexicon.RoleHeads.Contains(tokens[before].Text)
            && tokens[before].Text is not ("official" or "fellow" or "chief" or "general" or "head" or "executive" or "deputy" or "senior") && NameForms.IsPersonNameWord(tokens[chunk.First])
            && !(chunk.Last + 1 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 1]) && (Lexicon.RoleHeads.Contains(tokens[chunk.Last + 1].Text) || Lexicon.PersonNouns.Contains(tokens[chunk.Last + 1].Text)))
            && !chunk.InsideQuote && !NameForms.IsAllCaps(tokens[chunk.First].Text);
    }

    private bool IsPersonNameSpan(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!NameChunker.IsNameWord(tokens[first]) || !(NameChunker.IsNameWord(tokens[last]) || IsSyllableAfterHyphen(tokens, last)) || last - first > 8
            || IsCountryOrRegionName(tokens, first, last))
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            var token = tokens[i];
            if (i == first && i < last && Lexicon.WordLikeGivenNames.Contains(token.Text))
            {
                continue;
            }

            // "Jo St-Onge": an abbreviated "Saint" joined by a hyphen opens a surname.
            if (token.Text is "St" && i < last && tokens[i + 1].IsSymbol('-') && !tokens[i + 1].SpaceBefore)
            {
                continue;
            }

            // "Chan-o-cha": a syllable of a hyphenated name.
            if (i > first && IsSyllableAfterHyphen(tokens, i))
            {
                continue;
            }

            if (i == last && i > first && (IsRegnalNumber(tokens, i) || IsWordLikeSurname(tokens, i)))
            {
                continue;
            }

            if (token.Is("of") || token.Is("for") || (token.IsWord ? !NameForms.IsPersonNameWord(token) : !(token.IsSymbol('-') || token.IsSymbol('.') || token.IsSymbol('"'))))
            {
                return false;
            }
        }

        return true;
    }

    // "the Republican Iowa caucuses", "won Iowa and New Hampshire": a known country, state or province is no
    // one's name, whatever word stands before it (a given name such as "Georgia" or "Virginia" may still be).
    private bool IsCountryOrRegionName(IReadOnlyList<Token> tokens, int first, int last) =>
        !GivenNames.Contains(tokens[first].Text)
        && gazetteer.TryFind(AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[last].End), out var place)
        && place.Kind is PlaceKind.Country or PlaceKind.Region;

    private static bool IsSyllableAfterHyphen(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && tokens[index - 1].IsSymbol('-') && !tokens[index - 1].SpaceBefore && NameChunker.IsHyphenatedSyllable(tokens[index]);

    // "Elizabeth II", "Benedict XVI": a Roman numeral after a name counts the monarchs or popes of that name.
    private static bool IsRegnalNumber(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].SpaceBefore && NameForms.IsRomanNumeral(tokens[index].Text) && tokens[index - 1].IsWord && NameForms.IsPersonNameWord(tokens[index - 1])
        && !NameForms.IsAllCaps(tokens[index - 1].Text);

    // "Theresa May", "Brian March", "Eva Green": a surname that is also a month or a common word ends a name right
    // after a given name (but "Christmas May 5" is a date).
    private static bool IsWordLikeSurname(IReadOnlyList<Token> tokens, int index)
    {
        var word = tokens[index].Text;
        return tokens[index].SpaceBefore && System.Array.IndexOf(Lexicon.WordLikeSurnames, word) >= 0 && GivenNames.Contains(tokens[index - 1].Text)
            && NameForms.IsPersonNameWord(tokens[index - 1]) && !(index + 1 < tokens.Count && tokens[index + 1].IsNumber);
    }

    private bool IsKnownPerson(string name) => registry.Find(name, EntityKind.Person) is not null;

    // The last word of a known person's name ("Okafor"), or a first name that only one known person has.
    private EntityRecord? PersonByPartOfName(string word)
    {
        RefreshNameIndex();
        var key = NameForms.Key(word);
        if (surnames.TryGetValue(key, out var bySurname))
        {
            return bySurname.Resolve();
        }

        return firstNames.TryGetValue(key, out var byFirstName) && byFirstName is not null ? byFirstName.Resolve() : null;
    }

    // Surname and first-name keys of the multi-word people known so far; rebuilt when records were added.
    private void RefreshNameIndex()
    {
        if (indexedRecords == registry.Records.Count)
        {
            return;
        }

        surnames.Clear();
        firstNames.Clear();
        hyphenEnds.Clear();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Place && record.MergedInto is null)
            {
                var hyphen = record.Name.LastIndexOf('-');
                if (hyphen > 0)
                {
                    AddFirst(hyphenEnds, NameForms.Key(record.Name.Substring(hyphen + 1)), record);
                }
            }

            if (record.Kind != EntityKind.Person || record.MergedInto is not null)
            {
                continue;
            }

            var parts = record.Name.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            AddFirst(surnames, NameForms.Key(parts[parts.Length - 1]), record);

            // "Vázquez" for "Wanda Vázquez Garced": a family name before the last.
            if (parts.Length >= 3 && char.IsUpper(parts[parts.Length - 2][0]))
            {
                AddFirst(surnames, NameForms.Key(parts[parts.Length - 2]), record);
            }

            // A first name shared by two people names neither.
            var first = NameForms.Key(parts[0]);
            firstNames[first] = firstNames.ContainsKey(first) && !ReferenceEquals(firstNames[first], record) ? null : record;
        }

        indexedRecords = registry.Records.Count;
    }

    private static void AddFirst(Dictionary<string, EntityRecord> index, string key, EntityRecord record)
    {
        if (!index.ContainsKey(key))
        {
            index[key] = record;
        }
    }

    // "Bissau" after "Guinea-Bissau".
    private EntityRecord? PlaceByLastPart(string word)
    {
        RefreshNameIndex();
        return hyphenEnds.TryGetValue(NameForms.Key(word), out var place) ? place.Resolve() : null;
    }
}
