namespace FactsGenerator.Extraction.Entities;

/// <summary>Buildings where things happen, read as places rather than as the bodies that run them.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>
    /// Last words of buildings and sites that are named after a preposition of place as where something happens
    /// ("at the Harlow Theatre", "held at Dunmere State Prison", "recorded at Velm Studio"); elsewhere the same name
    /// may be the body that runs it, so only that use decides. "Studios" is left out: it names film companies.
    /// </summary>
    private static readonly System.Collections.Generic.HashSet<string> BuildingHeads = Lexicon.Set(
        "Theatre Theater Arena Prison Penitentiary Jail Hospice Market Hotel Studio Base Lawn Gardens");

    // "at the Arnmouth Convention Center", "in the Lakeside Exhibition Centre": a hall for events where something
    // happens is a place, not the body that runs it; so is a headquarters someone is taken to, held at or gathers
    // outside ("outside the Arden Police Headquarters").
    private static bool IsVenue(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (IsHospitalBuilding(chunk) || IsSaintsChurch(chunk))
        {
            return true;
        }

        var before = chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? chunk.First - 2 : chunk.First - 1;
        if (chunk.First >= chunk.Last || before < 0 || !NameForms.IsLowerWord(tokens[before]))
        {
            return false;
        }

        var head = tokens[chunk.Last].Text;
        if (head is "Headquarters" || BuildingHeads.Contains(head))
        {
            return tokens[before].Text is "at" or "to" or "in" or "into" or "outside" or "inside" or "near" or "toward" or "towards" or "around" or "behind";
        }

        return head is "Center" or "Centre" or "Arena"
            && tokens[chunk.Last - 1].Text is "Convention" or "Exhibition" or "Conference" or "Events" or "Expo" or "Civic" or "Sports"
            && (tokens[before].Is("at") || tokens[before].Is("in"));
    }

    /// <summary>Last words of a house of worship.</summary>
    private static readonly System.Collections.Generic.HashSet<string> ChurchHeads = Lexicon.Set("Church Cathedral Chapel Basilica Abbey");

    // "St. Velm's Episcopal Church", "Saint Orra's Cathedral": a church named for a saint is the building (the body of
    // a faith is named without a saint: "the Episcopal Church").
    private static bool IsSaintsChurch(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First + 2 > chunk.Last || tokens[chunk.First].Text is not ("St" or "Saint") || !ChurchHeads.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        for (var i = chunk.First + 1; i < chunk.Last; i++)
        {
            if (tokens[i].Text is "'s")
            {
                return true;
            }
        }

        return false;
    }

    // "Lakeside District Hospital returned to normal operation": a hospital is a building patients are taken to,
    // named as a place wherever it stands; only when it speaks ("Lakeside Hospital said") is it the body that runs
    // it. So is a medical centre ("died at the Lakeside Medical Center"). A clinic stays a body: the word also names
    // medical practices and foundations.
    private static bool IsHospitalBuilding(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First >= chunk.Last)
        {
            return false;
        }

        var head = tokens[chunk.Last].Text;
        var medicalCentre = head is "Center" or "Centre" && tokens[chunk.Last - 1].Text is "Medical";
        if (head is not "Hospital" && !medicalCentre)
        {
            return false;
        }

        var next = chunk.Last + 1;
        return !(next < tokens.Count && NameForms.IsLowerWord(tokens[next]) && Lexicon.AttributionVerbs.Contains(tokens[next].Text));
    }
}
