using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A party named by its adjective before its members or its contests: "Conservative MPs", "the ruling Labour
/// group", "the Tory leadership race", "the Republican gubernatorial nomination".</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Plural nouns for a party's people (and "group", a council's or a parliament's party group).</summary>
    private static readonly HashSet<string> PartyMemberNouns = Lexicon.Set(
        "MPs MSPs MEPs MLAs MPPs AMs councillors councilors members lawmakers legislators senators representatives candidates contenders"
        + " leaders activists supporters backbenchers rebels grandees peers delegates politicians group");

    /// <summary>The nouns of <see cref="PartyMemberNouns"/> that any movement, church or campaign has too ("dissident
    /// Republican activists", "the synagogue's Conservative members", "the Green group Friends of the Earth"): they name
    /// the party only beside a word of politics (<see cref="PoliticsWords"/>) or where the document names "X Party".</summary>
    private static readonly HashSet<string> GenericMemberNouns = Lexicon.Set("members leaders activists supporters rebels grandees delegates politicians group");

    /// <summary>Words of parties, chambers and elections that make a generic noun a party's ("the ruling Liberal group
    /// on the county council").</summary>
    private static readonly HashSet<string> PoliticsWords = Lexicon.Set(
        "party parties council councils parliament parliamentary assembly congress senate legislature election elections elected"
        + " poll polls ballot manifesto coalition opposition ruling caucus MPs councillors councilors lawmakers");

    /// <summary>Chambers whose name is an everyday word, counted only as written with their capital: "Democratic members
    /// of the House", not any "house".</summary>
    private static readonly HashSet<string> CapitalisedChambers = new(System.StringComparer.Ordinal) { "House" };

    private static bool IsPoliticsWord(Token token) => PoliticsWords.Contains(token.Text) || CapitalisedChambers.Contains(token.Text);

    /// <summary>The party adjectives the document writes before "Party" ("the Republican Party"); filled on first use.</summary>
    private HashSet<string>? partiesNamedInFull;

    /// <summary>What a party holds to choose its people.</summary>
    private static readonly HashSet<string> PartyContestNouns = Lexicon.Set("nomination nominations primary primaries caucus caucuses convention conference");

    /// <summary>"leadership race": the noun after "leadership" that makes it a party's contest.</summary>
    private static readonly HashSet<string> LeadershipContestNouns = Lexicon.Set("race contest election bid ballot campaign");

    /// <summary>The kind of office a nomination or a primary is for ("gubernatorial nomination").</summary>
    private static readonly HashSet<string> ContestOffices = Lexicon.Set("presidential gubernatorial mayoral senatorial congressional parliamentary");

    // "37 Conservative councillors", "the Tory leadership race": the annotated sets list the party a party's adjective
    // stands for when it describes the party's own people or its own contest, named as written ("Conservative",
    // "Tory"); before one person's office ("a Republican senator", "Democratic U.S. Rep. X") it only describes the
    // person. The chunk may hold the adjective alone or with a capitalised plural office ("Conservative MPs").
    // A sentence's first word is left alone ("Green members ..." may be about colour). Returns whether the chunk was
    // read so.
    private bool TryPartyBeforeMembers(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var party = tokens[chunk.First];
        if (!Lexicon.MemberPartyAdjectives.Contains(party.Text) || chunk.First == 0 || NameChunker.IsClauseStart(tokens, chunk.First) || tokens[chunk.First - 1].IsSymbol('.')
            || IsRemitOfOfficeOrBody(tokens, chunk.First))
        {
            return false;
        }

        var next = chunk.First + 1;
        var named = chunk.First == chunk.Last
            ? next < tokens.Count && NameForms.IsLowerWord(tokens[next]) && IsMembersOrContestAt(tokens, next)
            : chunk.Last == next && PartyMemberNouns.Contains(tokens[next].Text) && NameForms.IsAllCaps(tokens[next].Text.Substring(0, 2));
        if (!named || (GenericMemberNouns.Contains(tokens[next].Text) && !IsPoliticsAround(chunk, party.Text)))
        {
            return false;
        }

        registry.Mention(EntityKind.Organization, party.Text, chunk.Sentence, party.Start, party.End);
        return true;
    }

    // A generic noun after the adjective is a party's: its sentence has a word of politics, or the document names the
    // party in full ("X Party").
    private bool IsPoliticsAround(NameChunk chunk, string adjective)
    {
        foreach (var token in chunk.Sentence.Tokens)
        {
            if (IsPoliticsWord(token))
            {
                return true;
            }
        }

        if (partiesNamedInFull is null)
        {
            partiesNamedInFull = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var sentence in text.Sentences)
            {
                var words = sentence.Tokens;
                for (var i = 0; i + 1 < words.Count; i++)
                {
                    if (words[i + 1].Text == "Party" && Lexicon.MemberPartyAdjectives.Contains(words[i].Text))
                    {
                        partiesNamedInFull.Add(words[i].Text);
                    }
                }
            }
        }

        return partiesNamedInFull.Contains(adjective) || partiesNamedInFull.Contains(PartyFamily(adjective));
    }

    // The lower-case words from k name a party's people or a contest it holds.
    private static bool IsMembersOrContestAt(IReadOnlyList<Token> tokens, int k)
    {
        if (PartyMemberNouns.Contains(tokens[k].Text))
        {
            // ("the Labour group leader": the group's office still names the party's group, beside a word of politics.)
            return true;
        }

        if (tokens[k].Is("leadership"))
        {
            return k + 1 < tokens.Count && LeadershipContestNouns.Contains(tokens[k + 1].Text);
        }

        var contest = ContestOffices.Contains(tokens[k].Text) ? k + 1 : k;
        return contest < tokens.Count && PartyContestNouns.Contains(tokens[contest].Text);
    }

    // "Conservative MPs ... the Conservatives", "Tory MPs ... the Conservative Party": the adjective is a short name of
    // the party the document names otherwise (its full name, its plural, or "Conservative" for "Tory").
    private void MergePartyAdjectives()
    {
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null || !Lexicon.MemberPartyAdjectives.Contains(record.Name))
            {
                continue;
            }

            var family = PartyFamily(record.Name);
            foreach (var longer in PartyNamesOf(family))
            {
                if (registry.Find(longer, EntityKind.Organization) is { } target && !ReferenceEquals(target, record))
                {
                    record.MergeInto(target);
                    break;
                }
            }
        }
    }

    // The other names of the party an adjective stands for, longest first.
    private static IEnumerable<string> PartyNamesOf(string family)
    {
        yield return family + " Party";
        yield return family + "s";
        if (family == "Conservative")
        {
            yield return "Tories";
            yield return family;
        }
    }

    // "Republican" and "the Republican Guard", "Democratic" and "the Democratic committee": a party's adjective is a
    // short name of its party only, never of another body whose name it opens.
    private static bool IsPartyWordBeforeOtherBody(string shortName, string longName) =>
        Lexicon.MemberPartyAdjectives.Contains(shortName) && !longName.EndsWith(" Party", System.StringComparison.OrdinalIgnoreCase);
}
