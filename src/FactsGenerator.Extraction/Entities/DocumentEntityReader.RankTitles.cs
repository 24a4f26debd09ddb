using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A military or police rank before a name is a title of address, not the job: "A navy spokesman, Capt. Ana
/// Ruiz," and "Sgt. Ana Ruiz, a police spokeswoman," say what the person does in the words beside the rank.</summary>
internal sealed partial class DocumentEntityReader
{
    // Words that alone make a rank as a role spells it.
    private static readonly HashSet<string> RankHeads = new(System.StringComparer.Ordinal)
    {
        "lieutenant", "colonel", "captain", "sergeant", "major", "general", "brigadier", "admiral", "corporal", "private",
        "officer", "inspector", "superintendent", "constable", "reverend", "cardinal",
    };

    // Words that make a rank only beside a head ("petty officer", "rear admiral", "detective chief inspector"), so "chief"
    // or "senior" alone is none.
    private static readonly HashSet<string> RankQualifiers = new(System.StringComparer.Ordinal)
    {
        "rear", "vice", "lance", "staff", "master", "petty", "warrant", "first", "class", "second", "chief", "senior",
        "detective", "police", "woman", "very", "most", "right", "deputy", "assistant",
    };

    // A job that can stand for a rank: a present one ("a former nurse" was another life) that is no plain noun of a
    // person ("a father of three", "a veteran of the force").
    private static bool IsJobBesideRank(string role)
    {
        if (IsRank(role) || RoleParser.IsFormerOffice(role))
        {
            return false;
        }

        foreach (var word in role.Split(' '))
        {
            if (Lexicon.PersonNouns.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // "Major General", "Brigadier General", "Sergeant Major": two capitalised rank words in a row make one rank, where
    // "Major" or "Brigadier" alone would read as the end of a body's name or an affiliation.
    private static bool IsSpelledCompoundRank(Text.Token before, Text.Token head) =>
        before.IsWord && head.IsWord && char.IsUpper(before.Text[0]) && char.IsUpper(head.Text[0])
        && RankHeads.Contains(before.Text.ToLowerInvariant()) && RankHeads.Contains(head.Text.ToLowerInvariant());

    // Whether every word of the role is a rank's ("petty officer", "maj. gen." spelled out as "major general",
    // "major-general" written with a hyphen).
    private static bool IsRank(string role)
    {
        var hasHead = false;
        foreach (var word in role.Split(' ', '-'))
        {
            var isHead = RankHeads.Contains(word);
            if (!isHead && !RankQualifiers.Contains(word))
            {
                return false;
            }

            hasHead |= isHead;
        }

        return hasHead;
    }

    // "The army spokesman, Colonel Ana Ruiz, said" (the job written before the rank that opens the run) or "Sgt. Ana
    // Ruiz, a police spokeswoman, said" (the job in the apposition): the job replaces the bare rank.
    private void PreferJobToRank(EntityRecord person, NameChunk run, int rankStart, NameChunk name, List<NameChunk> chunks)
    {
        if (person.Role is not { } rank || !IsRank(rank))
        {
            return;
        }

        var before = rankStart == run.First ? RoleParser.Before(run.Tokens, rankStart, chunks) : null;
        if (before is not null && OfficeWithUnitOfOwner(before) is { } withUnit)
        {
            // "Velm Police commissioner Lt. Gen. X": the service before the job is part of it.
            before = withUnit;
        }

        var job = before?.Role is { } written && IsJobBesideRank(written) ? before : null;
        if (job is null && RoleParser.After(name.Tokens, name.Last, chunks) is { Role: { } apposed } after && IsJobBesideRank(apposed)
            && ((name.Last + 2 < name.Tokens.Count && name.Tokens[name.Last + 2].IsArticle) || IsClericalStyle(rank)))
        {
            job = after;
        }

        if (job?.Role is not { } role)
        {
            return;
        }

        person.Role = role;
        if (person.Affiliation is null && job.Affiliation is not null)
        {
            person.Affiliation = CanonicalAffiliation(job.Affiliation);
        }
    }

    // "The Rev. Ana Ruiz, dean of the cathedral,": a cleric's style says nothing of the post, so an apposition without an
    // article names the job too (a military rank often is the job, and "Sgt. X, 34," describes no other).
    // A cardinal's rank in the church is such a style too ("Cardinal Ana Ruiz, Secretary of State,").
    private static bool IsClericalStyle(string rank) => rank.EndsWith("reverend", System.StringComparison.Ordinal) || rank == "cardinal";
}
