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
    private readonly Dictionary<string, EntityRecord> surnames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord?> firstNames = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRecord> hyphenEnds = new(System.StringComparer.Ordinal);
    private int indexedRecords = -1;

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
        if (TrySplitPersonOf(chunk, chunks) || TrySplitTitle(chunk, chunks) || TrySplitRoleOf(chunk, chunks))
        {
            return;
        }

        ClassifySpan(chunk, chunks);
    }

    private void ClassifySpan(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var name = chunk.Text;
        if (Lexicon.SeatsOfPower.Contains(name))
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

        // One word may be the surname of someone named in full later: decided after all full names are known.
        if (chunk.SpacedWordCount == 1 && !NameForms.IsAcronym(tokens[chunk.First]) && !Lexicon.OrganizationHeads.Contains(name))
        {
            singles.Add((chunk, chunks));
            return;
        }

        if (gazetteer.TryFind(name, out var place))
        {
            AddPlace(place, chunk);
            return;
        }

        if (chunk.SpacedWordCount > 1 && Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text)
            && !(IsCompassWord(tokens[chunk.Last].Text) && !evidence.IsWeakPlace(name)))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (HasOrganizationHead(chunk))
        {
            // A bare "University" or "Committee" is a common noun at a sentence start, not a name.
            if (chunk.SpacedWordCount > 1 || Lexicon.StandaloneInstitutions.Contains(name))
            {
                AddOrganization(chunk);
            }

            return;
        }

        if (chunk.SpacedWordCount == 1)
        {
            if (chunk.First == chunk.Last && NameForms.IsAcronym(tokens[chunk.First]) && registry.Find(name) is null && !GluedToNext(chunk))
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

        if (Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text) && !NameForms.IsCountryOrDemonym(tokens[chunk.First].Text)
            && !(IsCompassWord(tokens[chunk.Last].Text) && !evidence.IsWeakPlace(name)))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        if (evidence.IsWeakPlace(name) && !IsKnownPerson(name))
        {
            Add(EntityKind.Place, name, chunk);
            return;
        }

        // "The Baltimore Sun reported", "told Business Insider": a reporting name without a first name is an outlet.
        if (evidence.IsWeakOrganization(name) && (gazetteer.TryFind(tokens[chunk.First].Text, out _) || !GivenNames.Contains(tokens[chunk.First].Text))
            && !IsKnownPerson(name) && !evidence.IsUsedAlone(tokens[chunk.Last].Text))
        {
            AddOrganization(chunk);
            return;
        }

        if (IsPersonLike(chunk) && (!chunk.InsideQuote || IsKnownPerson(name) || GivenNames.Contains(tokens[chunk.First].Text)) && HasPersonEvidence(chunk, chunks))
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
                // A hint never turns a known person or a gazetteer place into an organisation ("Turkey's army").
                var person = registry.Find(chunk.Text, EntityKind.Person) ?? (chunk.SpacedWordCount == 1 ? PersonByPartOfName(chunk.Text) : null);
                if (person is not null)
                {
                    registry.Mention(EntityKind.Person, person.Name, chunk.Sentence, chunk.Start, chunk.End);
                }
                else if (gazetteer.TryFind(chunk.Text, out var knownPlace))
                {
                    AddPlace(knownPlace, chunk);
                }
                else
                {
                    AddOrganization(chunk);
                }

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
            var atStart = t == chunk.First || (t == chunk.First + 1 && Lexicon.TitleModifiers.Contains(tokens[chunk.First].Text));
            var isHonorific = Lexicon.Honorifics.Contains(title.Text) || (atStart && Lexicon.PartyAdjectives.Contains(title.Text));
            if (!title.IsWord || !char.IsUpper(title.Text[0])
                || (!isHonorific && !Lexicon.TitleWords.Contains(title.Text)
                    && !(atStart && (Lexicon.RoleHeads.Contains(title.Text) || Lexicon.PersonNouns.Contains(title.Text) || IsOccupation(title.Text, chunk)))))
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
                    // "First Minister of Scotland Nicola Sturgeon": an unknown body, then a two-word name.
                    placeEnd = chunk.Last - 2;
                    if (placeEnd <= nameStart)
                    {
                        continue;
                    }
                }

                nameStart = placeEnd + 1;
            }

            if (nameStart > chunk.Last || !IsPersonNameSpan(tokens, nameStart, chunk.Last))
            {
                continue;
            }

            var roleStart = t;

            // "Board Member Jennifer Homendy": an organisation word opening the run belongs to the role.
            if (t == chunk.First + 1 && Lexicon.OrganizationHeads.Contains(tokens[chunk.First].Text) && !isHonorific)
            {
                roleStart = chunk.First;
            }

            while (roleStart - 1 >= chunk.First)
            {
                if (IsTitlePart(tokens[roleStart - 1]))
                {
                    roleStart--;
                }
                else if (roleStart - 2 >= chunk.First && (tokens[roleStart - 1].Is("of") || tokens[roleStart - 1].Is("for")) && IsTitlePart(tokens[roleStart - 2]))
                {
                    // "Secretary of Justice Ana Ruiz"
                    roleStart -= 2;
                }
                else
                {
                    break;
                }
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

            var prefixStart = chunk.First;
            while (prefixStart < roleStart && (Lexicon.TitleModifiers.Contains(tokens[prefixStart].Text) || Lexicon.CapitalisedFunctionWords.Contains(tokens[prefixStart].Text)
                || !tokens[prefixStart].IsWord))
            {
                prefixStart++;
            }

            if (roleStart > prefixStart)
            {
                var prefix = SubChunk(chunk, prefixStart, roleStart - 1);
                person.Affiliation ??= CanonicalAffiliation(prefix.Text);
                if (Lexicon.PartyAdjectives.Contains(prefix.Text))
                {
                    return true;
                }

                var lonePrefix = prefix.First == prefix.Last ? tokens[prefix.First] : (Token?)null;
                if (!NameForms.IsCountryOrDemonym(prefix.Text) && !IsAdjectivePhrase(prefix)
                    && !(lonePrefix is { } word && NameForms.IsAllCaps(word.Text) && !NameForms.IsAcronym(word)))
                {
                    evidence.Hint(prefix.Text, EntityKind.Organization);
                }

                ClassifySpan(prefix, chunks);
            }

            return true;
        }

        return false;
    }

    // "Ryan Norris of the University of Guelph", "Commissioner James Rovella of the Connecticut Department of ...":
    // a person, then the body they belong to.
    private bool TrySplitPersonOf(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var k = chunk.First + 1; k < chunk.Last; k++)
        {
            if (!(tokens[k].Is("of") || tokens[k].Is("for")))
            {
                continue;
            }

            var start = tokens[k + 1].Is("the") ? k + 2 : k + 1;
            if (start > chunk.Last)
            {
                return false;
            }

            var left = SubChunk(chunk, chunk.First, k - 1);
            var right = SubChunk(chunk, start, chunk.Last);
            var knownBody = HasOrganizationHead(right) || gazetteer.TryFind(right.Text, out _);
            var titled = (knownBody || HasTitle(left)) && TrySplitTitle(left, chunks);
            if (!titled && (!knownBody || !IsPersonLike(left)))
            {
                return false;
            }

            // "Kristian Andersen of Scripps Research": what a titled person is "of" is a body or a place
            // (but in "of the Marbel diocese" the name only qualifies a common noun).
            if (!knownBody && !(chunk.Last + 1 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 1])))
            {
                evidence.Hint(right.Text, EntityKind.Organization);
            }

            if (!titled)
            {
                AddPerson(left, left.Text, chunks);
            }

            ClassifySpan(right, chunks);
            var person = registry.Find(TitleFreeName(left), EntityKind.Person);
            if (person is not null)
            {
                person.Affiliation ??= CanonicalAffiliation(right.Text);
            }

            return true;
        }

        return false;
    }

    // "Roman Catholic": adjectives before a title describe the office, they do not name a body.
    private static bool IsAdjectivePhrase(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (chunk.Tokens[i].IsWord && !(word.EndsWith("ic", System.StringComparison.Ordinal) || word.EndsWith("an", System.StringComparison.Ordinal)
                || word.EndsWith("al", System.StringComparison.Ordinal) || word.EndsWith("ish", System.StringComparison.Ordinal) || word.EndsWith("ese", System.StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasTitle(NameChunk chunk)
    {
        for (var i = chunk.First; i < chunk.Last; i++)
        {
            var word = chunk.Tokens[i].Text;
            if (chunk.Tokens[i].IsWord && (Lexicon.TitleWords.Contains(word) || Lexicon.Honorifics.Contains(word) || (i == chunk.First && (Lexicon.RoleHeads.Contains(word) || IsOccupation(word, chunk)))))
            {
                return true;
            }
        }

        return false;
    }

    // The person's name in "Commissioner James Rovella": the words after the last title word.
    private static string TitleFreeName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var start = chunk.First;
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (tokens[i].IsWord && (Lexicon.TitleWords.Contains(tokens[i].Text) || Lexicon.Honorifics.Contains(tokens[i].Text)
                || (i == chunk.First && (Lexicon.RoleHeads.Contains(tokens[i].Text) || IsOccupation(tokens[i].Text, chunk)))))
            {
                start = i + 1;
            }
        }

        if (start < chunk.Last + 1 && tokens[start].IsSymbol('.'))
        {
            start++;
        }

        return start > chunk.Last ? chunk.Text : chunk.Text.Substring(tokens[start].Start - chunk.Start);
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

        // "Saint Francis Hospital department": a name that already has its head word is complete.
        if (!possessive && HasOrganizationHead(chunk))
        {
            return false;
        }
        if (possessive)
        {
            p++;
        }

        var start = p;
        while (p < tokens.Count && p - start < 3 && NameForms.IsLowerWord(tokens[p]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[p].Text)
            && !tokens[p].Text.EndsWith("ed", System.StringComparison.Ordinal))
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
        else if (evidence.IsWeakPlace(name) && !NameChunker.IsClauseStart(chunk.Tokens, chunk.First) && !NameForms.IsAllCaps(name))
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

                if (match.AffiliationChunk is { } owner && !NameForms.IsCountryOrDemonym(owner.Text) && !gazetteer.TryFind(owner.Text, out _)
                    && !IsKnownPerson(owner.Text) && PersonByPartOfName(owner.Text) is null)
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
        var last = chunk.Tokens[chunk.Last].Text;
        return first is not ("El" or "La" or "Los" or "Las" or "Le" or "Les") && last.Length > 1;
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
            || evidence.IsUsedAlone(tokens[chunk.Last].Text) || evidence.IsActor(chunk.Text) || HasPersonNounBeside(tokens, chunk))
        {
            return true;
        }

        var role = RoleParser.Before(tokens, chunk.First, chunks) ?? RoleParser.After(tokens, chunk.Last, chunks);
        return role is not null && (role.Role is not null || role.Affiliation is not null);
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

    // "Immunologist Kristian Andersen": a capitalised occupation opening a longer run of capitals.
    private static bool IsOccupation(string word, NameChunk chunk) =>
        chunk.SpacedWordCount >= 3 && (word.EndsWith("ologist", System.StringComparison.Ordinal) || word.EndsWith("ician", System.StringComparison.Ordinal)
            || word.EndsWith("ographer", System.StringComparison.Ordinal) || word.EndsWith("ist", System.StringComparison.Ordinal));

    private static bool IsTitlePart(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsCountryOrDemonym(token.Text)
        && (Lexicon.TitleWords.Contains(token.Text) || Lexicon.TitleModifiers.Contains(token.Text) || Lexicon.RoleHeads.Contains(token.Text));

    private bool IsKnownPerson(string name) => registry.Find(name, EntityKind.Person) is not null;

    // The last word of a known person's name ("Pashinyan"), or a first name that only one known person has.
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

    // "Karabakh" after "Nagorno-Karabakh".
    private EntityRecord? PlaceByLastPart(string word)
    {
        RefreshNameIndex();
        return hyphenEnds.TryGetValue(NameForms.Key(word), out var place) ? place.Resolve() : null;
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

        indexedRecords = -1;

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

    private static bool SameFirstAndLast(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        return x.Length != y.Length && SameKey(x[0], y[0]) && SameKey(x[x.Length - 1], y[y.Length - 1]);
    }

    // "Karabakh" and "Nagorno-Karabakh" are one place; "Labour" and "Labour Party" one organisation.
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

        foreach (var shortName in registry.Records)
        {
            if (shortName.MergedInto is not null || shortName.Kind == EntityKind.Person || shortName.Name.IndexOf(' ') >= 0)
            {
                continue;
            }

            if (longForms.TryGetValue(shortName.Kind + ":" + NameForms.Key(shortName.Name), out var longName) && !ReferenceEquals(longName, shortName))
            {
                shortName.MergeInto(longName);
            }
        }
    }

    // The key under which a shorter name would refer to this record: the last part of a hyphenated
    // place, or an organisation's name without its head word.
    private static string? ShortFormKey(EntityRecord record)
    {
        var name = record.Name;
        if (record.Kind == EntityKind.Place)
        {
            var hyphen = name.LastIndexOf('-');
            return hyphen > 0 && name.IndexOf(' ') < 0 ? record.Kind + ":" + NameForms.Key(name.Substring(hyphen + 1)) : null;
        }

        if (record.Kind != EntityKind.Organization)
        {
            return null;
        }

        var space = name.LastIndexOf(' ');
        return space > 0 && Lexicon.OrganizationHeads.Contains(name.Substring(space + 1)) ? record.Kind + ":" + NameForms.Key(name.Substring(0, space)) : null;
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
        // Only lower-case labels after the dots ("UOL.com.br"), so "Assange.Image" is not a web address.
        while (end + 1 < sentenceEnd && normalized[end] == '.' && char.IsLower(normalized[end + 1]))
        {
            sawDot = true;
            end++;
            while (end < sentenceEnd && char.IsLower(normalized[end]))
            {
                end++;
            }
        }

        return sawDot ? text.Original.Substring(chunk.Start, end - chunk.Start) : null;
    }

    // "K2-18b": a code glued to what follows is part of a designation, not an acronym.
    private static bool GluedToNext(NameChunk chunk) => chunk.Last + 1 < chunk.Tokens.Count && !chunk.Tokens[chunk.Last + 1].SpaceBefore
        && chunk.Tokens[chunk.Last + 1].Text is not "'s" && !(chunk.Tokens[chunk.Last + 1].Kind == TokenKind.Symbol && chunk.Tokens[chunk.Last + 1].Text is "," or "." or ")" or ";" or ":" or "\"" or "'s");

    // "Dunbartonshire East" is a place only where the text says so ("in ..."); "Kanye West" is a person.
    private static bool IsCompassWord(string word) => word is "East" or "West" or "North" or "South" or "Central" or "Upper" or "Lower";

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
