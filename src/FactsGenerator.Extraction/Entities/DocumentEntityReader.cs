using System.Collections.Generic;
using System.Text;
using System.Threading;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The entity passes over one document (see <see cref="EntityExtractor"/>).</summary>
internal sealed class DocumentEntityReader
{
    private const int MaxPersonWords = 4;

    private readonly AnalyzedText text;
    private readonly CancellationToken cancellationToken;
    private readonly EntityRegistry registry;
    private readonly ContextEvidence evidence = new();
    private readonly PlaceGazetteer gazetteer = PlaceGazetteer.Instance;
    private readonly List<(Sentence Sentence, List<NameChunk> Chunks)> sentences = new();
    private readonly List<(NameChunk Chunk, List<NameChunk> Chunks)> singles = new();

    public DocumentEntityReader(AnalyzedText text, CancellationToken cancellationToken)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
        registry = new EntityRegistry(text);
    }

    public EntitySet Read()
    {
        foreach (var sentence in text.BodySentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sentences.Add((sentence, NameChunker.Chunk(text, sentence, QuoteMask(sentence))));
        }

        foreach (var (_, chunks) in sentences)
        {
            foreach (var chunk in chunks)
            {
                evidence.Collect(chunk, chunks);
            }
        }

        foreach (var (_, chunks) in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var chunk in chunks)
            {
                ClassifyChunk(chunk, chunks);
            }
        }

        foreach (var (chunk, chunks) in singles)
        {
            ResolveSingle(chunk, chunks);
        }

        MergeShortPersonNames();
        MergeShortPlaceAndOrganizationNames();
        MergeOrAlternatives();
        return registry.ToEntitySet();
    }

    // Marks the tokens that lie between double quotation marks.
    private static bool[] QuoteMask(Sentence sentence)
    {
        var mask = new bool[sentence.Tokens.Count];
        var inside = false;
        for (var i = 0; i < mask.Length; i++)
        {
            if (sentence.Tokens[i].IsSymbol('"'))
            {
                inside = !inside;
                continue;
            }

            mask[i] = inside;
        }

        return mask;
    }

    private void ClassifyChunk(NameChunk chunk, List<NameChunk> chunks)
    {
        if (TrySplitTitle(chunk, chunks) || TrySplitRoleOf(chunk, chunks))
        {
            return;
        }

        ClassifySpan(chunk, chunks);
    }

    private void ClassifySpan(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var name = chunk.Text;
        if (chunk.SpacedWordCount == 1 && chunk.First == chunk.Last && Lexicon.SeatsOfPower.Contains(name))
        {
            Add(EntityKind.Organization, name, chunk);
            return;
        }

        var domain = DomainName(chunk);
        if (domain is not null)
        {
            Add(EntityKind.Organization, domain, chunk);
            return;
        }

        if (TryOrganizationWithNoun(chunk))
        {
            return;
        }

        if (evidence.TryGetStrong(name, out var hinted))
        {
            AddHinted(hinted, chunk, chunks);
            return;
        }

        if (gazetteer.TryFind(name, out var place))
        {
            AddPlace(place, chunk);
            return;
        }

        if (HasOrganizationHead(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        if (chunk.SpacedWordCount == 1)
        {
            if (chunk.First == chunk.Last && NameForms.IsAcronym(tokens[chunk.First]) && registry.Find(name) is null)
            {
                AddOrganization(chunk);
                return;
            }

            singles.Add((chunk, chunks));
            return;
        }

        if (HasAny(chunk, Lexicon.EventWords))
        {
            ScanParts(chunk, chunks, gazetteerToo: false);
            return;
        }

        if (Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !NameForms.IsCountryOrDemonym(tokens[chunk.First].Text))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (evidence.IsWeakPlace(name) && !IsKnownPerson(name))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (IsPersonLike(chunk) && (!chunk.InsideQuote || IsKnownPerson(name)))
        {
            AddPerson(chunk, name, chunks);
            return;
        }

        if (evidence.IsWeakOrganization(name) && !IsPersonLike(chunk))
        {
            AddOrganization(chunk);
            return;
        }

        ScanParts(chunk, chunks, gazetteerToo: true);
    }

    private void AddHinted(EntityKind kind, NameChunk chunk, List<NameChunk> chunks)
    {
        switch (kind)
        {
            case EntityKind.Place:
                var feature = evidence.FeatureName(chunk.Text);
                if (feature is not null)
                {
                    var record = Add(EntityKind.Place, feature, chunk);
                    registry.AddAlias(record, chunk.Text);
                }
                else if (gazetteer.TryFind(chunk.Text, out var place))
                {
                    AddPlace(place, chunk);
                }
                else
                {
                    Add(EntityKind.Place, chunk.Text, chunk);
                }

                break;
            case EntityKind.Organization:
                AddOrganization(chunk);
                break;
            default:
                AddPerson(chunk, chunk.Text, chunks);
                break;
        }
    }

    // "President Andrzej Duda", "Interior Minister Joachim Brudziński", "Mayor of Koszalin Piotr Jedlinski", "Mr Bakiyev".
    private bool TrySplitTitle(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var t = chunk.Last - 1; t >= chunk.First; t--)
        {
            var title = tokens[t];
            var isHonorific = Lexicon.Honorifics.Contains(title.Text);
            if (!title.IsWord || !char.IsUpper(title.Text[0]) || (!isHonorific && !Lexicon.TitleWords.Contains(title.Text)))
            {
                continue;
            }

            var nameStart = t + 1;
            if (nameStart <= chunk.Last && tokens[nameStart].IsSymbol('.'))
            {
                nameStart++;
            }

            GazetteerPlace? ofPlace = null;
            if (nameStart <= chunk.Last && (tokens[nameStart].Is("of") || tokens[nameStart].Is("for")))
            {
                var placeEnd = LongestPlace(tokens, nameStart + 1, chunk.Last, out ofPlace);
                if (placeEnd < 0)
                {
                    continue;
                }

                nameStart = placeEnd + 1;
            }

            if (nameStart > chunk.Last || !IsPersonNameSpan(tokens, nameStart, chunk.Last))
            {
                continue;
            }

            var roleStart = t;
            while (roleStart - 1 >= chunk.First && IsTitlePart(tokens[roleStart - 1]))
            {
                roleStart--;
            }

            var nameChunk = SubChunk(chunk, nameStart, chunk.Last);
            var person = Add(EntityKind.Person, nameChunk.Text, nameChunk);
            if (!isHonorific && person.Role is null)
            {
                person.Role = JoinLower(tokens, roleStart, t);
            }

            ReadRole(person, nameChunk, chunks, before: false);

            if (ofPlace is not null)
            {
                person.Affiliation ??= ofPlace.Name;
            }

            if (roleStart > chunk.First)
            {
                var prefix = SubChunk(chunk, chunk.First, roleStart - 1);
                person.Affiliation ??= CanonicalAffiliation(prefix.Text);
                if (!NameForms.IsCountryOrDemonym(prefix.Text))
                {
                    evidence.Hint(prefix.Text, EntityKind.Organization);
                }

                ClassifySpan(prefix, chunks);
            }

            return true;
        }

        return false;
    }

    // "Member of Parliament", "President of France": the office is not an entity, what follows "of" may be.
    private bool TrySplitRoleOf(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if ((tokens[k].Is("of") || tokens[k].Is("for")) && Lexicon.TitleWords.Contains(tokens[k - 1].Text))
            {
                var start = tokens[k + 1].Is("the") ? k + 2 : k + 1;
                if (start <= chunk.Last)
                {
                    ClassifySpan(SubChunk(chunk, start, chunk.Last), chunks);
                }

                return true;
            }
        }

        return false;
    }

    // "UN general assembly", "Maidan Wardak provincial council", "Russia's defence ministry".
    private bool TryOrganizationWithNoun(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        var possessive = p < tokens.Count && tokens[p].Text is "'s" or "'S";
        if (possessive)
        {
            p++;
        }

        var start = p;
        while (p < tokens.Count && p - start < 3 && NameForms.IsLowerWord(tokens[p]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[p].Text))
        {
            if (Lexicon.OrganizationNouns.Contains(tokens[p].Text))
            {
                var end = tokens[p].End;
                var name = AnalyzedText.CollapseWhitespace(text.Original, chunk.Start, end);
                registry.Mention(EntityKind.Organization, name, chunk.Sentence, chunk.Start, end);
                if (possessive)
                {
                    return false;
                }

                return true;
            }

            p++;
        }

        return false;
    }

    private void ScanParts(NameChunk chunk, List<NameChunk> chunks, bool gazetteerToo)
    {
        var tokens = chunk.Tokens;
        var i = chunk.First;
        while (i <= chunk.Last)
        {
            if (gazetteerToo)
            {
                var end = LongestPlace(tokens, i, chunk.Last, out var place);
                if (end >= 0 && place is not null)
                {
                    AddPlace(place, SubChunk(chunk, i, end));
                    i = end + 1;
                    continue;
                }
            }

            if (NameForms.IsAcronym(tokens[i]) && (i == chunk.First || tokens[i].SpaceBefore) && (i == chunk.Last || tokens[i + 1].SpaceBefore))
            {
                var sub = SubChunk(chunk, i, i);
                if (gazetteer.TryFind(sub.Text, out var acronymPlace))
                {
                    AddPlace(acronymPlace, sub);
                }
                else
                {
                    AddOrganization(sub);
                }
            }

            i++;
        }
    }

    private void ResolveSingle(NameChunk chunk, List<NameChunk> chunks)
    {
        var name = chunk.Text;
        if (evidence.TryGetStrong(name, out var hinted))
        {
            AddHinted(hinted, chunk, chunks);
            return;
        }

        var known = registry.Find(name);
        if (known is not null)
        {
            registry.Mention(known.Kind, known.Name, chunk.Sentence, chunk.Start, chunk.End);
            if (known.Kind == EntityKind.Person && !SameKey(known.Name, name))
            {
                registry.AddAlias(known, name);
            }

            return;
        }

        var person = PersonByPartOfName(name);
        if (person is not null)
        {
            registry.AddAlias(person, name);
            registry.Mention(EntityKind.Person, person.Name, chunk.Sentence, chunk.Start, chunk.End);
            return;
        }

        var hyphenated = PlaceByLastPart(name);
        if (hyphenated is not null)
        {
            registry.AddAlias(hyphenated, name);
            registry.Mention(EntityKind.Place, hyphenated.Name, chunk.Sentence, chunk.Start, chunk.End);
            return;
        }

        if (gazetteer.TryFind(name, out var place))
        {
            AddPlace(place, chunk);
            return;
        }

        if (Lexicon.NonNameWords.Contains(name) || NameForms.IsCountryOrDemonym(name))
        {
            return;
        }

        if (evidence.IsWeakOrganization(name))
        {
            AddOrganization(chunk);
        }
        else if (evidence.IsWeakPlace(name) && !NameChunker.IsClauseStart(chunk.Tokens, chunk.First))
        {
            Add(EntityKind.Place, name, chunk);
        }
    }

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
            var match = (before ? RoleParser.Before(chunk.Tokens, chunk.First, chunks) : null) ?? RoleParser.After(chunk.Tokens, chunk.Last, chunks);
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

                if (match.AffiliationChunk is { } owner && !NameForms.IsCountryOrDemonym(owner.Text) && !gazetteer.TryFind(owner.Text, out _)
                    && !IsKnownPerson(owner.Text))
                {
                    evidence.Hint(owner.Text, EntityKind.Organization);
                }
            }
        }
    }

    private void AddOrganization(NameChunk chunk)
    {
        var record = Add(EntityKind.Organization, chunk.Text, chunk);
        RegisterParenthesisedAcronym(chunk, record);
    }

    private void AddPlace(GazetteerPlace place, NameChunk chunk)
    {
        var record = Add(EntityKind.Place, place.Name, chunk);
        record.PlaceKind = place.Kind;
        if (!SameKey(place.Name, chunk.Text))
        {
            registry.AddAlias(record, chunk.Text);
        }

        RegisterParenthesisedAcronym(chunk, record);
    }

    private EntityRecord Add(EntityKind kind, string name, NameChunk chunk)
    {
        var existing = registry.Find(name);
        var record = existing is not null && existing.Kind == kind
            ? registry.Mention(kind, existing.Name, chunk.Sentence, chunk.Start, chunk.End)
            : registry.Mention(kind, name, chunk.Sentence, chunk.Start, chunk.End);
        if (kind == EntityKind.Place && record.PlaceKind == PlaceKind.Unknown && gazetteer.TryFind(name, out var place))
        {
            record.PlaceKind = place.Kind;
        }

        return record;
    }

    // "National Emergency Operation Centre (NEOC)", "the United Kingdom's (UK)": the acronym is an alias.
    private void RegisterParenthesisedAcronym(NameChunk chunk, EntityRecord record)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        if (p < tokens.Count && tokens[p].Text is "'s" or "'S")
        {
            p++;
        }

        if (p + 2 < tokens.Count && tokens[p].IsSymbol('(') && tokens[p + 2].IsSymbol(')') && NameForms.IsAllCaps(tokens[p + 1].Text))
        {
            registry.AddAlias(record, tokens[p + 1].Text);
            evidence.Hint(tokens[p + 1].Text, record.Kind);
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
        return first is not ("El" or "La" or "Los" or "Las" or "Le" or "Les");
    }

    private static bool IsPersonNameSpan(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!NameChunker.IsNameWord(tokens[first]) || !NameChunker.IsNameWord(tokens[last]) || last - first > 8)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            var token = tokens[i];
            if (token.Is("of") || token.Is("for") || (token.IsWord ? !NameForms.IsPersonNameWord(token) : !(token.IsSymbol('-') || token.IsSymbol('.'))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTitlePart(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsCountryOrDemonym(token.Text)
        && (Lexicon.TitleWords.Contains(token.Text) || Lexicon.TitleModifiers.Contains(token.Text));

    private bool IsKnownPerson(string name) => registry.Find(name, EntityKind.Person) is not null;

    // The last word of a known person's name ("Pashinyan"), or a first name that only one known person has.
    private EntityRecord? PersonByPartOfName(string word)
    {
        var key = NameForms.Key(word);
        EntityRecord? byFirstName = null;
        var firstNameMatches = 0;
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Person || record.MergedInto is not null)
            {
                continue;
            }

            var parts = record.Name.Split(' ');
            if (parts.Length < 2)
            {
                continue;
            }

            if (NameForms.Key(parts[parts.Length - 1]) == key)
            {
                return record;
            }

            if (NameForms.Key(parts[0]) == key)
            {
                byFirstName = record;
                firstNameMatches++;
            }
        }

        return firstNameMatches == 1 ? byFirstName : null;
    }

    // "Karabakh" after "Nagorno-Karabakh".
    private EntityRecord? PlaceByLastPart(string word)
    {
        var key = NameForms.Key(word);
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Place && record.MergedInto is null)
            {
                var hyphen = record.Name.LastIndexOf('-');
                if (hyphen > 0 && NameForms.Key(record.Name.Substring(hyphen + 1)) == key)
                {
                    return record;
                }
            }
        }

        return null;
    }

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

    // "Karabakh" and "Nagorno-Karabakh" are one place; "Labour" and "Labour Party" one organisation.
    private void MergeShortPlaceAndOrganizationNames()
    {
        foreach (var shortName in registry.Records)
        {
            if (shortName.MergedInto is not null || shortName.Kind == EntityKind.Person || shortName.Name.IndexOf(' ') >= 0)
            {
                continue;
            }

            foreach (var longName in registry.Records)
            {
                if (longName.MergedInto is not null || longName.Kind != shortName.Kind || ReferenceEquals(longName, shortName))
                {
                    continue;
                }

                if (IsShortFormOf(shortName.Name, longName.Name, shortName.Kind))
                {
                    shortName.MergeInto(longName);
                    break;
                }
            }
        }
    }

    private static bool IsShortFormOf(string shortName, string longName, EntityKind kind)
    {
        if (kind == EntityKind.Place)
        {
            var hyphen = longName.LastIndexOf('-');
            return hyphen > 0 && longName.IndexOf(' ') < 0 && SameKey(longName.Substring(hyphen + 1), shortName);
        }

        var space = longName.LastIndexOf(' ');
        return space > 0 && SameKey(longName.Substring(0, space), shortName) && Lexicon.OrganizationHeads.Contains(longName.Substring(space + 1));
    }

    private string CanonicalAffiliation(string affiliation)
    {
        var country = NameForms.CountryOfDemonym(affiliation);
        if (country is not null)
        {
            return country;
        }

        return gazetteer.TryFind(affiliation, out var place) ? place.Name : affiliation;
    }

    private int LongestPlace(IReadOnlyList<Token> tokens, int start, int last, out GazetteerPlace? place)
    {
        place = null;
        if (start <= last && tokens[start].Is("the"))
        {
            start++;
        }

        if (start > last || !tokens[start].IsWord)
        {
            return -1;
        }

        var found = -1;
        var words = 0;
        for (var end = start; end <= last && words <= gazetteer.MaxNameWords; end++)
        {
            if (tokens[end].IsWord)
            {
                words++;
            }

            var candidate = AnalyzedText.CollapseWhitespace(text.Original, tokens[start].Start, tokens[end].End);
            if (tokens[end].IsWord && gazetteer.TryFind(candidate, out var match))
            {
                found = end;
                place = match;
            }
        }

        return found;
    }

    private string? DomainName(NameChunk chunk)
    {
        var end = chunk.End;
        var normalized = text.Normalized;
        var sentenceEnd = chunk.Sentence.End;
        var sawDot = false;
        while (end + 1 < sentenceEnd && normalized[end] == '.' && char.IsLetter(normalized[end + 1]))
        {
            sawDot = true;
            end++;
            while (end < sentenceEnd && char.IsLetterOrDigit(normalized[end]))
            {
                end++;
            }
        }

        return sawDot ? text.Original.Substring(chunk.Start, end - chunk.Start) : null;
    }

    private static bool HasOrganizationHead(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (tokens[i].IsWord && char.IsUpper(tokens[i].Text[0]) && Lexicon.OrganizationHeads.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAny(NameChunk chunk, HashSet<string> words)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (chunk.Tokens[i].IsWord && words.Contains(chunk.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private NameChunk SubChunk(NameChunk chunk, int first, int last) =>
        new(chunk.Sentence, first, last, AnalyzedText.CollapseWhitespace(text.Original, chunk.Tokens[first].Start, chunk.Tokens[last].End), chunk.InsideQuote);

    private static string JoinLower(IReadOnlyList<Token> tokens, int first, int last)
    {
        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text.ToLowerInvariant());
        }

        return builder.ToString();
    }

    private static bool SameKey(string a, string b) => NameForms.Key(a) == NameForms.Key(b);
}
