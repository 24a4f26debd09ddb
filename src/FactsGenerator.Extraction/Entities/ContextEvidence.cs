using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// What the words around a name say about its kind, gathered over the whole document before any name is
/// classified: "Ghor province" and "in Maidan Shahr" make places, "the group Greenpeace" and "told Reuters"
/// organisations. Strong hints decide; weak ones only break a tie.
/// </summary>
internal sealed class ContextEvidence
{
    private readonly Dictionary<string, EntityKind> strong = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> weakPlaces = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> weakOrganizations = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> featureNames = new(System.StringComparer.Ordinal);

    public bool TryGetStrong(string name, out EntityKind kind) => strong.TryGetValue(NameForms.Key(name), out kind);

    public bool IsWeakPlace(string name) => weakPlaces.Contains(NameForms.Key(name));

    public bool IsWeakOrganization(string name) => weakOrganizations.Contains(NameForms.Key(name));

    /// <summary>The full name of a natural feature written with its noun ("Amazon" → "Amazon rainforest").</summary>
    public string? FeatureName(string name) => featureNames.TryGetValue(NameForms.Key(name), out var full) ? full : null;

    public void Hint(string name, EntityKind kind)
    {
        var key = NameForms.Key(name);

        // A demonym ("Azerbaijani territory", "the Armenian republic") is never a place.
        if (kind == EntityKind.Place && NameForms.CountryOfDemonym(name) is not null)
        {
            return;
        }

        if (key.Length > 0 && !strong.ContainsKey(key))
        {
            strong[key] = kind;
        }
    }

    public void Collect(NameChunk chunk, IReadOnlyList<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var a = chunk.First;
        var b = chunk.Last;
        var prev = a >= 1 ? tokens[a - 1] : (Token?)null;
        var prev2 = a >= 2 ? tokens[a - 2] : (Token?)null;
        var next = b + 1 < tokens.Count ? tokens[b + 1] : (Token?)null;
        var next2 = b + 2 < tokens.Count ? tokens[b + 2] : (Token?)null;

        if (next is { } admin && IsLower(admin) && Lexicon.AdministrativeNouns.Contains(admin.Text))
        {
            Hint(chunk.Text, EntityKind.Place);
            if (admin.Text.EndsWith("s", System.StringComparison.Ordinal))
            {
                HintListBefore(chunk, chunks);
            }
        }

        if (prev is { } of && of.Is("of") && prev2 is { } kindNoun && IsLower(kindNoun)
            && (Lexicon.AdministrativeNouns.Contains(kindNoun.Text) || kindNoun.Is("capital")))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if ((prev is { } capital && capital.Is("capital")) || (prev is { } comma && comma.IsSymbol(',') && prev2 is { } capital2 && capital2.Is("capital")))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        if (next is { } feature && IsLower(feature) && Lexicon.FeatureNouns.Contains(feature.Text) && NameForms.CountryOfDemonym(chunk.Text) is null)
        {
            var key = NameForms.Key(chunk.Text);
            if (!featureNames.ContainsKey(key))
            {
                featureNames[key] = chunk.Text + " " + feature.Text;
            }

            Hint(chunk.Text, EntityKind.Place);
        }

        if (next is { } hyphen && hyphen.IsSymbol('-') && !hyphen.SpaceBefore && next2 is { } based && based.Is("based"))
        {
            Hint(chunk.Text, EntityKind.Place);
        }

        var countryLike = NameForms.IsCountryOrDemonym(chunk.Text);
        if (!countryLike && ((prev is { } type && IsLower(type) && Lexicon.OrganizationTypeNouns.Contains(type.Text))
            || (prev is { } comma2 && comma2.IsSymbol(',') && prev2 is { } type2 && IsLower(type2) && Lexicon.OrganizationTypeNouns.Contains(type2.Text)
                && next is { } close && close.IsSymbol(','))))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (!countryLike && next is { } kind && IsLower(kind)
            && (kind.Is("agency") || kind.Is("newspaper") || kind.Is("broadcaster") || (kind.Is("news") && next2 is { } agency && (agency.Is("agency") || agency.Is("service")))))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if ((prev is { } told && (told.Is("told") || told.Is("via")))
            || (prev is { } to && to.Is("to") && prev2 is { } according && according.Is("according"))
            || (next is { } reported && (reported.Is("reported") || reported.Is("reports"))))
        {
            weakOrganizations.Add(NameForms.Key(chunk.Text));
        }

        if (!countryLike && IsAffiliationBeforeRole(tokens, b))
        {
            Hint(chunk.Text, EntityKind.Organization);
        }

        if (prev is { } preposition && IsLower(preposition) && Lexicon.PlacePrepositions.Contains(preposition.Text)
            && !(next is { } possessive && possessive.Text is "'s" or "'S"))
        {
            weakPlaces.Add(NameForms.Key(chunk.Text));
        }
    }

    // "Taliban spokesperson Zabiullah Mujahid": a name, a lower-case role, then a person's name.
    private static bool IsAffiliationBeforeRole(IReadOnlyList<Token> tokens, int last)
    {
        for (var p = last + 1; p < tokens.Count && p <= last + 3; p++)
        {
            if (!IsLower(tokens[p]))
            {
                return false;
            }

            if (Lexicon.RoleHeads.Contains(tokens[p].Text))
            {
                return p + 1 < tokens.Count && NameChunker.IsNameWord(tokens[p + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[p + 1].Text);
            }

            if (Lexicon.CapitalisedFunctionWords.Contains(tokens[p].Text))
            {
                return false;
            }
        }

        return false;
    }

    // "the Mardakert, Martuni and Askeran districts": every name of the list is a place.
    private void HintListBefore(NameChunk chunk, IReadOnlyList<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        while (k >= 0 && (tokens[k].IsSymbol(',') || tokens[k].Is("and")))
        {
            var j = k - 1;
            if (j >= 0 && tokens[j].IsSymbol(','))
            {
                j--;
            }

            var previous = RoleParser.ChunkEndingAt(chunks, j);
            if (previous is null)
            {
                return;
            }

            Hint(previous.Text, EntityKind.Place);
            k = previous.First - 1;
        }
    }

    private static bool IsLower(Token token) => NameForms.IsLowerWord(token);
}
