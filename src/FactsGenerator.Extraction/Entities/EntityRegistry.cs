using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// The entities of one document while it is read: one record per name key and kind, every mention, and
/// the final conversion to model facts (in order of first mention).
/// </summary>
internal sealed class EntityRegistry
{
    private readonly AnalyzedText text;
    private readonly List<EntityRecord> records = new();
    private readonly Dictionary<string, EntityRecord> byKey = new(System.StringComparer.Ordinal);

    // The records of names of more than one word, by their first word, in order of creation (a rename only adds a
    // final period, so the first word never changes).
    private readonly Dictionary<string, List<EntityRecord>> byFirstWord = new(System.StringComparer.Ordinal);
    private readonly List<EntityMention> mentions = new();

    public EntityRegistry(AnalyzedText text)
    {
        this.text = text;
    }

    public IReadOnlyList<EntityRecord> Records => records;

    /// <summary>The record named <paramref name="name"/> (or with that alias) of any kind, or null.</summary>
    public EntityRecord? Find(string name)
    {
        return byKey.TryGetValue(NameForms.Key(name), out var record) ? record.Resolve() : null;
    }

    /// <summary>The records whose name is <paramref name="word"/> followed by more words ("Ford Motor Company" for
    /// "Ford"), in order of creation, merged ones included.</summary>
    public IReadOnlyList<EntityRecord> OpenedBy(string word) =>
        byFirstWord.TryGetValue(word, out var opened) ? opened : System.Array.Empty<EntityRecord>();

    public EntityRecord? Find(string name, EntityKind kind)
    {
        var record = Find(name);
        return record is not null && record.Kind == kind ? record : null;
    }

    /// <summary>Adds a mention of <paramref name="name"/> as <paramref name="kind"/>, creating the record on first sight.</summary>
    public EntityRecord Mention(EntityKind kind, string name, Sentence sentence, int start, int end)
    {
        var key = NameForms.Key(name);
        if (!byKey.TryGetValue(key, out var record) || record.Resolve().Kind != kind)
        {
            record = new EntityRecord(kind, name, text.EvidenceFor(sentence, start, end));
            records.Add(record);
            byKey[key] = record;
            var space = name.IndexOf(' ');
            if (space > 0)
            {
                var first = name.Substring(0, space);
                if (!byFirstWord.TryGetValue(first, out var opened))
                {
                    opened = new List<EntityRecord>();
                    byFirstWord[first] = opened;
                }

                opened.Add(record);
            }
        }

        record = record.Resolve();
        record.Mentions++;
        record.NamedAsNoun |= !IsModifierUse(sentence, start, end);
        mentions.Add(new EntityMention(record, start, end, sentence.Index));
        return record;
    }

    // "a US peace envoy", "US-built vehicles": the country's code only qualifies a noun.
    private static bool IsModifierUse(Sentence sentence, int start, int end)
    {
        var tokens = sentence.Tokens;
        var first = -1;
        var next = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (first < 0 && tokens[i].Start >= start)
            {
                first = i;
            }

            if (tokens[i].Start >= end)
            {
                next = i;
                break;
            }
        }

        // Only a short code in capitals ("US", "UK") is read as a mere modifier: a country named in full before a noun
        // ("a Velmoria naval patrol", "the Velmoria capital", "Velmoria-style") is still a place the text names.
        if (first < 0 || next < 0 || !NameForms.IsAllCaps(tokens[first].Text))
        {
            return false;
        }

        var following = tokens[next];
        if (IsTitleBeforePersonName(tokens, next))
        {
            return true;
        }

        if (following.IsSymbol('-') && !following.SpaceBefore && next + 1 < tokens.Count && NameForms.IsLowerWord(tokens[next + 1]))
        {
            return !SeatOrActorCompounds.Contains(tokens[next + 1].Text);
        }

        // "the Velmoria delegation", but not "the Velmoria first", "the Velmoria announced" or "the Velmoria coast". With
        // no article the code qualifies the noun all the same ("US officials said", "reaching US shores", "26 million US
        // dollars"): news annotators list a country named only so in none of 11 reports (1 of 12 lists it).
        // Without the article a word in -s may be the code's verb ("US sends two ships"): only plurals listed here qualify.
        var determined = first > 0 && (tokens[first - 1].Is("a") || tokens[first - 1].Is("an") || tokens[first - 1].Is("the"));
        return ContextEvidence.ModifiesNoun(following)
            && (!Lexicon.CapitalisedFunctionWords.Contains(following.Text) || GroupsOfPeople.Contains(following.Text))
            && (determined || !EndsInS(following.Text) || GroupsOfPeople.Contains(following.Text) || PluralsAfterCode.Contains(following.Text))
            && !Lexicon.FeatureNouns.Contains(following.Text) && !Lexicon.AdministrativeNouns.Contains(following.Text) && !IsVerbAfterSubject(following.Text);
    }

    /// <summary>Plural nouns for people that open sentences as common nouns (so <see cref="Lexicon.CapitalisedFunctionWords"/>
    /// lists them) and that a country's code qualifies as any other noun ("US officials said", "UK troops").</summary>
    private static readonly HashSet<string> GroupsOfPeople = Lexicon.Set(
        "officials authorities police experts residents troops soldiers investigators officers lawyers prosecutors workers " +
        "employees voters researchers scientists analysts critics militants fighters guards pilots passengers rescuers detectives");

    /// <summary>Plural nouns that news writes after a country's code with no article ("US dollars", "reaching US shores").</summary>
    private static readonly HashSet<string> PluralsAfterCode = Lexicon.Set(
        "dollars waters shores markets stocks shares citizens nationals companies firms banks lawmakers senators diplomats " +
        "sanctions tariffs interests cities allies forces media");

    private static bool EndsInS(string word) => word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal);

    // "U.S. District Judge Ana Ruiz", "U.S. Rep. Tom Hale", "US reporter Ana Ruiz": a code before a person's title and
    // name only says whose office or nationality it is, as "a US peace envoy" does. "U.S. Attorney" and "U.S. Marshal"
    // hold the country in the office's own name, so they stay a place (see "Federal court offices").
    private static bool IsTitleBeforePersonName(IReadOnlyList<Token> tokens, int next)
    {
        if (tokens[next].Is("Attorney") || tokens[next].Is("Marshal"))
        {
            return false;
        }

        var titled = false;
        var k = next;
        for (; k < tokens.Count && k < next + 4; k++)
        {
            var word = tokens[k];
            if (word.IsSymbol('.') && !word.SpaceBefore && k > next)
            {
                continue;
            }

            if (word.IsCapitalized && Lexicon.TitleWords.Contains(word.Text))
            {
                titled = true;
                continue;
            }

            if (!titled && word.IsCapitalized && (Lexicon.TitleModifiers.Contains(word.Text) || word.Text is "District" or "Circuit"))
            {
                continue;
            }

            if (!titled && k == next && NameForms.IsLowerWord(word) && (word.Text is "reporter" or "journalist" or "correspondent"))
            {
                titled = true;
                continue;
            }

            break;
        }

        return titled && k + 1 < tokens.Count && k > next && tokens[k].IsCapitalized && !Lexicon.TitleWords.Contains(tokens[k].Text)
            && !Lexicon.CapitalisedFunctionWords.Contains(tokens[k].Text) && tokens[k + 1].IsCapitalized;
    }

    // "the Netherlands agreed", "the United States has also said", "parts of the Philippines first": a verb or an
    // adverb after the name ends the noun phrase, so the name is the noun, not a modifier; and "the Velmorian Republic
    // government" is the country's own government, so the text speaks of the country.
    private static bool IsVerbAfterSubject(string word) =>
        word == "government" || Lexicon.AttributionVerbs.Contains(word) || WordsAfterSubject.Contains(word)
        || (word.Length > 4 && (word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ly", System.StringComparison.Ordinal)));

    /// <summary>Auxiliaries, modals, common irregular past tenses and adverbs: words that follow a noun phrase, never
    /// stand in one as its head.</summary>
    private static readonly System.Collections.Generic.HashSet<string> WordsAfterSubject = Lexicon.Set(
        "is was are were has had have will would could can may might should must did does do remains remained " +
        "met took sent gave made began won lost led left came went saw held hit became kept paid sought bought brought " +
        "also again still now then too first alone itself already never later");

    /// <summary>
    /// Words after a hyphen that make the country where a thing sits or who acts ("a Velmoria-based firm", "the
    /// Velmoria-led talks"): a place the text speaks of, as a country acting as a body is. Words of make or kind
    /// ("Velmoria-built vehicles") leave it a qualifier.
    /// </summary>
    private static readonly HashSet<string> SeatOrActorCompounds = Lexicon.Set(
        "based headquartered led backed brokered sponsored");

    /// <summary>The start offsets of every mention so far.</summary>
    public HashSet<int> MentionStarts()
    {
        var starts = new HashSet<int>();
        foreach (var mention in mentions)
        {
            starts.Add(mention.Start);
        }

        return starts;
    }

    /// <summary>"Ana Ruiz Jr." keeps the stop of its generational suffix wherever the text writes it there, and "Velm
    /// Energy Inc." that of its legal ending: the period is part of the name, also when it ends the sentence too (the
    /// chunker stops a name before any period).</summary>
    public void WriteSuffixStops()
    {
        var renamedCompanies = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var record = mention.Record.Resolve();
            var suffixed = record.Kind == EntityKind.Person ? EndsWithGenerationalSuffix(record.Name)
                : record.Kind == EntityKind.Organization && EndsWithAbbreviatedLegalEnding(record.Name);
            if (suffixed && mention.End < text.Original.Length
                && text.Original[mention.End] == '.' && NameForms.Key(text.Original.Substring(mention.Start, mention.End - mention.Start)) == NameForms.Key(record.Name))
            {
                var bare = record.Name;
                record.Rename(bare + ".");
                if (record.Kind == EntityKind.Organization)
                {
                    renamedCompanies[bare] = record.Name;
                }
            }
        }

        if (renamedCompanies.Count > 0)
        {
            RenameAffiliations(renamedCompanies);
        }
    }

    private static bool EndsWithGenerationalSuffix(string name) =>
        name.EndsWith(" Jr", System.StringComparison.Ordinal) || name.EndsWith(" Sr", System.StringComparison.Ordinal);

    // "Velm Energy Inc.", "Orra Holdings Ltd.": a company's abbreviated legal ending keeps its stop as written, as the
    // annotated articles write it (seven of seven), like a generational suffix.
    private static bool EndsWithAbbreviatedLegalEnding(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && name.Substring(space + 1) is "Inc" or "Corp" or "Co" or "Ltd" or "Cos";
    }

    // The people working for a company renamed so name it as it is now written (one pass over the records).
    private void RenameAffiliations(Dictionary<string, string> renamed)
    {
        foreach (var record in records)
        {
            if (record.Kind == EntityKind.Person && record.Affiliation is { } affiliation && renamed.TryGetValue(affiliation, out var name))
            {
                record.Affiliation = name;
            }
        }
    }

    /// <summary>Makes <paramref name="alias"/> find <paramref name="record"/>.</summary>
    public void AddAlias(EntityRecord record, string alias)
    {
        var key = NameForms.Key(alias);
        if (key.Length == 0)
        {
            return;
        }

        record.AddAlias(alias);
        if (!byKey.ContainsKey(key))
        {
            byKey[key] = record;
        }
    }

    public EntitySet ToEntitySet()
    {
        var people = new List<PersonFact>();
        var places = new List<PlaceFact>();
        var organizations = new List<OrganizationFact>();
        var ordered = new List<EntityRecord>();
        foreach (var record in records)
        {
            if (record.MergedInto is null && !record.Discarded)
            {
                ordered.Add(record);
            }
        }

        // Stable order of first mention (List.Sort is not stable, so the index breaks ties).
        var index = new Dictionary<EntityRecord, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            index[ordered[i]] = i;
        }

        ordered.Sort((a, b) => a.Evidence.Start != b.Evidence.Start ? a.Evidence.Start.CompareTo(b.Evidence.Start) : index[a].CompareTo(index[b]));
        foreach (var record in ordered)
        {
            var aliases = record.Aliases.ToEquatableArray();
            switch (record.Kind)
            {
                case EntityKind.Person:
                    people.Add(new PersonFact(record.Name, record.Role, record.Affiliation, aliases, record.Mentions, record.Evidence));
                    break;
                case EntityKind.Place when record.NamedAsNoun || record.PlaceKind != PlaceKind.Country:
                    places.Add(new PlaceFact(record.Name, record.PlaceKind, aliases, record.Mentions, record.Evidence));
                    break;
                case EntityKind.Place:
                    // A country only ever used as a modifier ("a US peace envoy") is not a place the text is about.
                    break;
                default:
                    organizations.Add(new OrganizationFact(record.Name, aliases, record.Mentions, record.Evidence));
                    break;
            }
        }

        var sortedMentions = mentions.FindAll(mention => !mention.Record.Resolve().Discarded);
        var order = new Dictionary<EntityMention, int>();
        for (var i = 0; i < sortedMentions.Count; i++)
        {
            order[sortedMentions[i]] = i;
        }

        sortedMentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : order[a].CompareTo(order[b]));
        return new EntitySet(people, places, organizations, sortedMentions);
    }
}
