using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>British parties named by their short name alone: "Labour", "the Conservatives", "the Tories".</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Plural short names of parties, each with the adjective its full name opens with ("the Tories" are the
    /// Conservative Party as much as "the Conservatives" are).</summary>
    private static readonly Dictionary<string, string> PartyPlurals = new(System.StringComparer.Ordinal)
    {
        ["Conservatives"] = "Conservative", ["Tories"] = "Conservative", ["Greens"] = "Green",
        ["Democrats"] = "Democratic", ["Republicans"] = "Republican", ["GOP"] = "Republican",
    };

    /// <summary>Plurals that name the party alone, without "the" and at a sentence's start too ("Democrats agreed",
    /// "a revolt among Democrats", "Republicans won"): American copy writes its two parties so, and no one else is
    /// called that with a capital (news annotators: the party in 4 of 4 articles that write them so in tune40).</summary>
    private static readonly HashSet<string> BarePartyPlurals = new(System.StringComparer.Ordinal) { "Democrats", "Republicans" };

    /// <summary>The adjective a party's full name opens with, for another adjective of the same party ("Tory" is
    /// "Conservative", as "the Tories" are in <see cref="PartyPlurals"/>).</summary>
    private static string PartyFamily(string adjective) => adjective == "Tory" ? "Conservative" : adjective;

    // "acting like Labour", "Labour's plan", "the Conservatives had ended up mired in scandal": a party's short name
    // standing alone is the party, as the annotated sets list it (a party's adjective before a noun, "a Conservative
    // MP", still only describes). "Labour" needs no article, being no everyday word with its capital mid-sentence;
    // the plurals need "the", as "Conservatives" alone may be people of that mind. A sentence's first word is left
    // alone ("Labour costs rose"), and so is a remit after an office or a body ("minister for Labour", "the Department
    // of Labour"), while "voted for Labour" is the party. Returns whether the chunk was read so.
    private bool TryPartyShortName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == chunk.Last && BarePartyPlurals.Contains(tokens[chunk.First].Text) && !IsRemitOfOfficeOrBody(tokens, chunk.First))
        {
            AddOrganization(chunk);
            return true;
        }

        if (chunk.First != chunk.Last || NameChunker.IsClauseStart(tokens, chunk.First) || tokens[chunk.First - 1].IsSymbol('.'))
        {
            return false;
        }

        var word = tokens[chunk.First].Text;
        var named = word == "Labour"
            ? !(chunk.First + 1 < tokens.Count && tokens[chunk.First + 1].IsWord && NameForms.IsLowerWord(tokens[chunk.First + 1]) && !tokens[chunk.First + 1].Is("'s"))
            : PartyPlurals.ContainsKey(word) && word != "GOP" && tokens[chunk.First - 1].Is("the");
        if (!named || IsRemitOfOfficeOrBody(tokens, chunk.First))
        {
            return false;
        }

        AddOrganization(chunk);
        return true;
    }

    // "minister for Labour", "Ministry of Labour", "the Labour portfolio's secretary for Labour": "for" or "of" straight
    // after an office or a body word.
    private static bool IsRemitOfOfficeOrBody(IReadOnlyList<Token> tokens, int name)
    {
        if (name < 2 || !(tokens[name - 1].Is("for") || tokens[name - 1].Is("of")))
        {
            return false;
        }

        var head = tokens[name - 2];
        return head.IsWord && (Lexicon.TitleWords.Contains(head.Text) || Lexicon.IsBodyOrCompanyWord(head.Text));
    }

    // "the Conservatives" and "the Conservative Party" in one document are one party.
    private static string? PartyPluralSingular(string name) => PartyPlurals.TryGetValue(name, out var adjective) ? adjective : null;
}
