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
    // or "senior" alone is none. The service a rank is held in is written before it as "police" is ("Army Brigadier
    // General X", "Navy Captain X", "Air Force Colonel X"): still a rank, which a job beside it replaces.
    private static readonly HashSet<string> RankQualifiers = new(System.StringComparer.Ordinal)
    {
        "rear", "vice", "lance", "staff", "master", "petty", "warrant", "first", "class", "second", "chief", "senior",
        "detective", "police", "woman", "very", "most", "right", "deputy", "assistant", "army", "navy", "air", "force", "marine",
    };

    // "a member of the homicide unit", "an expert in naval warfare": what a person belongs to or knows, no job held, so the
    // rank stays the role ("Det. Ana Ruiz, a member of the unit," is a detective).
    private static readonly HashSet<string> DescriptionHeads = Lexicon.Set("member members expert specialist");

    // A job that can stand for a rank: a present one ("a former nurse" was another life) that is no plain noun of a
    // person ("a father of three", "a veteran of the force").
    private static bool IsJobBesideRank(string role)
    {
        if (IsRank(role) || RoleParser.IsFormerOffice(role) || DescriptionHeads.Contains(role.Split(' ')[0]))
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
        if (person.Role is not { } rank || !(IsRank(rank) || IsDoctorOfAddress(rank, run.Tokens[rankStart]) || IsRankOfAddress(rank, run.Tokens[rankStart])))
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
        // ("Capt. Ana Ruiz, spokesperson of the brigade,", "Gen. Jo Kim, Velmoria's army chief,": an apposition without an
        // article names the job as well; a bare age or a town names none, and After reads neither as an office.)
        if (job is null && RoleParser.After(name.Tokens, name.Last, chunks) is { Role: { } apposed } after && IsJobBesideRank(apposed))
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

    // Police and naval ranks that are jobs too: as the job ("Gen. Jo Kim, the regional commander,") they are kept apart
    // from RankHeads, so that a job beside a rank still replaces the rank.
    private static readonly HashSet<string> RanksThatAreJobs = new(System.StringComparer.Ordinal) { "detective", "commander" };

    // "Det. Ana Ruiz, a spokeswoman for the county police,", "Cmdr. Jo Kim, the sector's chief of response,": a detective's
    // or a commander's title written before a name (abbreviated or in full) is the rank the person is addressed by, and
    // gives way to the job beside it as any rank does; alone it stays the role.
    private static bool IsRankOfAddress(string role, Text.Token title) => RanksThatAreJobs.Contains(role) && char.IsUpper(title.Text[0]);

    // "Doctor Ana Ruiz, director of the clinic,": "Doctor" written out before a name addresses the person as "Dr" does, and
    // gives way to the job beside it as a rank does (a "doctor" read from the words "the doctor" is a job).
    private static bool IsDoctorOfAddress(string role, Text.Token title) => role == "doctor" && title.Is("Doctor") && char.IsUpper(title.Text[0]);
}
