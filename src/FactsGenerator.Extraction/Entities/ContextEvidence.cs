using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// What the words around a name say about its kind, gathered over the whole document before any name is
/// classified: "Ghor province" and "in Maidan Shahr" make places, "the group Greenpeace" and "told Reuters"
/// organisations. Strong hints decide; weak ones only break a tie.
/// </summary>
internal sealed partial class ContextEvidence
{
    private readonly Dictionary<string, EntityKind> strong = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> weakPlaces = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> weakOrganizations = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> namedAsBody = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> featureNames = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> singleWords = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> actors = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> speakers = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> midSentence = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> introducedAsPerson = new(System.StringComparer.Ordinal);
    private readonly List<string> openingAffiliations = new();

    /// <summary>True when the word is written alone as a name somewhere in the document ("Hotak said").</summary>
    public bool IsUsedAlone(string word) => singleWords.Contains(NameForms.Key(word));

    /// <summary>True when the name is followed by an attribution verb or an age ("X said", "X, 45,").</summary>
    public bool IsActor(string name) => actors.Contains(NameForms.Key(name));

    /// <summary>True when the name is the subject of a verb of saying somewhere ("X said", "X also announced").</summary>
    public bool IsSpeaker(string name) => speakers.Contains(NameForms.Key(name));

    /// <summary>True when a noun for a person stands right before the name somewhere ("a student named X", "student X").</summary>
    public bool IsIntroducedAsPerson(string name) => introducedAsPerson.Contains(NameForms.Key(name));

    /// <summary>True when the name is written somewhere other than at the start of a sentence, so its capital is its own.</summary>
    public bool IsCapitalisedMidSentence(string name) => midSentence.Contains(NameForms.Key(name));

    public bool TryGetStrong(string name, out EntityKind kind) => strong.TryGetValue(NameForms.Key(name), out kind);

    public bool IsWeakPlace(string name) => weakPlaces.Contains(NameForms.Key(name));

    public bool IsWeakOrganization(string name) => weakOrganizations.Contains(NameForms.Key(name));

    /// <summary>True when a kind of body stands right before the name somewhere ("the news agency X", "the airline X").</summary>
    public bool IsNamedAsBody(string name) => namedAsBody.Contains(NameForms.Key(name));

    /// <summary>The full name of a natural feature written with its noun ("Amazon" → "Amazon rainforest").</summary>
    public string? FeatureName(string name) => featureNames.TryGetValue(NameForms.Key(name), out var full) ? full : null;

    public void Hint(string name, EntityKind kind)
    {
        var key = NameForms.Key(name);

        // A demonym ("Velmorian territory", "the Norwegian republic") is never a place, and a known
        // non-acronym ("LGBT activist") never an organisation.
        // Nor is a day or a month ("On Friday, a farming group ..."), nor a prefix cut off at its hyphen ("Ex-").
        if ((kind == EntityKind.Place && NameForms.CountryOfDemonym(name) is not null)
            || (kind == EntityKind.Organization && (Lexicon.NonAcronyms.Contains(name) || Lexicon.IsMonthOrWeekdayName(name)))
            || name.EndsWith("-", System.StringComparison.Ordinal))
        {
            return;
        }

        if (key.Length > 0 && !strong.ContainsKey(key))
        {
            strong[key] = kind;
        }
    }

    /// <summary>Marks the name an organisation over any earlier hint, and over a town of its spelling: for evidence only a
    /// firm can have.</summary>
    private void ClaimForFirm(string name)
    {
        var key = NameForms.Key(name);
        if (key.Length > 0 && !NameForms.IsCountryOrDemonym(name))
        {
            strong[key] = EntityKind.Organization;
            namedAsBody.Add(key);
        }
    }

    // The chunks of the sentence being read, for following a list from name to name.
    private IReadOnlyList<NameChunk> sentenceChunks = new NameChunk[0];

    public void Collect(NameChunk chunk, IReadOnlyList<NameChunk> chunks)
    {
        sentenceChunks = chunks;
        // Kept in this order: the first strong hint for a name wins.
        CollectUsage(chunk);
        CollectGivenSurnames(chunk);
        CollectPlaceHints(chunk);
        CollectSmallPlaceHints(chunk);
        CollectStreetName(chunk);
        CollectFacilityName(chunk);
        CollectAddressHints(chunk);
        CollectOrganizationHints(chunk);
        CollectTradeHints(chunk);
        CollectResidenceAfterAge(chunk);
        CollectWeakPlace(chunk);
        CollectAcronymSpelling(chunk);
        CollectAcronymPlacement(chunk);
        CollectMatchResult(chunk);
        CollectThingName(chunk);
        CollectSeatUse(chunk);
        CollectNamedHouseUse(chunk);
        CollectKindName(chunk);
        CollectNamedHospital(chunk);
    }

    /// <summary>Settles the hints that depend on the whole document; called once every chunk is collected.</summary>
    public void Complete()
    {
        SettleFacilityNames();
        HintOpeningAffiliations();
        // Before the opponents: a club the document reveals as a body makes the side it played a team too.
        SettleBodyVotes();
        HintOpponents();
    }

    private NameChunk? ChunkStartingAt(int first) => NameChunkIndex.StartingAt(sentenceChunks, first);

    private NameChunk? ChunkEndingAt(int last) => NameChunkIndex.EndingAt(sentenceChunks, last);

    // Every collecting step asks for the words around the same chunk: they are read once per chunk.
    private NameChunk? aroundChunk;
    private (IReadOnlyList<Token> Tokens, int First, int Last, Token? Prev, Token? Prev2, Token? Next, Token? Next2) aroundChunkWords;

    private (IReadOnlyList<Token> Tokens, int First, int Last, Token? Prev, Token? Prev2, Token? Next, Token? Next2) Around(NameChunk chunk)
    {
        if (!ReferenceEquals(chunk, aroundChunk))
        {
            aroundChunkWords = ReadAround(chunk);
            aroundChunk = chunk;
        }

        return aroundChunkWords;
    }

    private static (IReadOnlyList<Token> Tokens, int First, int Last, Token? Prev, Token? Prev2, Token? Next, Token? Next2) ReadAround(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var a = chunk.First;
        var b = chunk.Last;
        var prev = a >= 1 ? tokens[a - 1] : (Token?)null;
        var prev2 = a >= 2 ? tokens[a - 2] : (Token?)null;
        var next = b + 1 < tokens.Count ? tokens[b + 1] : (Token?)null;
        var next2 = b + 2 < tokens.Count ? tokens[b + 2] : (Token?)null;
        return (tokens, a, b, prev, prev2, next, next2);
    }

    // How the name is used: alone, after a noun for a person, mid-sentence, before a verb of saying or an age.
    private void CollectUsage(NameChunk chunk)
    {
        var (tokens, a, b, prev, _, _, _) = Around(chunk);
        // Keyed once: every set below is asked about the same name.
        var key = NameForms.Key(chunk.Text);
        if (chunk.SpacedWordCount == 1)
        {
            singleWords.Add(key);
        }

        // "a student named Tsang", "student Tsang": a noun for a person introduces a person.
        if (prev is { } noun && NameForms.IsLowerWord(noun) && (noun.Is("named") || noun.Is("called") || Lexicon.PersonNouns.Contains(noun.Text) || Lexicon.RoleHeads.Contains(noun.Text)))
        {
            introducedAsPerson.Add(key);
        }

        if (!NameChunker.IsClauseStart(tokens, a) && !(prev is { } stop && stop.IsSymbol('.')))
        {
            midSentence.Add(key);
        }

        if (IsQuotedPersonPastDescription(tokens, a, b))
        {
            // (A person's description: the name is no body that speaks, whatever lists know of it.)
            introducedAsPerson.Add(key);
            actors.Add(key);
            speakers.Add(key);
            quotedPeople.Add(key);
        }

        if (IsFollowedByVerbOrAge(tokens, b))
        {
            actors.Add(key);
            if (tokens[b + 1].IsWord)
            {
                speakers.Add(key);
            }
        }
    }

    private static bool IsFollowedByVerbOrAge(IReadOnlyList<Token> tokens, int last)
    {
        var p = last + 1;
        while (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && (tokens[p].Text.EndsWith("ly", System.StringComparison.Ordinal) || tokens[p].Is("also") || tokens[p].Is("later")))
        {
            p++;
        }

        // "reported" is left out: news outlets report as often as people do.
        if (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && Lexicon.AttributionVerbs.Contains(tokens[p].Text) && !tokens[p].Is("reported") && !tokens[p].Is("reports"))
        {
            return true;
        }

        // "X, aged 45,": only people's ages are given with "aged".
        if (p + 2 < tokens.Count && tokens[p].IsSymbol(',') && tokens[p + 1].Is("aged") && tokens[p + 2].IsNumber && tokens[p + 2].Text.Length <= 3)
        {
            return true;
        }

        return p + 2 < tokens.Count && tokens[p].IsSymbol(',') && tokens[p + 1].IsNumber && tokens[p + 1].Text.Length <= 3 && tokens[p + 2].IsSymbol(',');
    }
}
