using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names of made things and of works: neither bodies nor places, whatever else their words suggest.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Lower-case nouns for made things that follow their name ("the Nordline pipeline", "the Velm protocol").
    /// Nouns a maker's name often goes before ("aircraft", "vaccine", "phone") are left out: the maker is a body.</summary>
    private static readonly HashSet<string> ThingNouns = Lexicon.Set(
        "pipeline pipelines protocol interpreter compiler telescope trial");

    /// <summary>Lower-case nouns for works that go before their title ("the film X", "her novel X"). Shows, bands
    /// and channels are left out: they are run by people and are named as bodies.</summary>
    private static readonly HashSet<string> WorkNouns = Lexicon.Set(
        "film films movie movies novel book album song documentary sitcom miniseries musical painting poem");

    /// <summary>Lower-case kinds of craft written after a model's name and number ("Falcon 9 rocket").</summary>
    private static readonly HashSet<string> CraftNouns = Lexicon.Set(
        "rocket rockets airliner airliners aircraft jet jets plane planes helicopter helicopters spacecraft capsule missile missiles launcher drone drones");

    /// <summary>Lower-case kinds of road vehicle written after a maker's and a model's name ("a Velmo Strada van").</summary>
    private static readonly HashSet<string> VehicleNouns = Lexicon.Set(
        "van vans car cars truck trucks lorry lorries pickup suv sedan saloon hatchback minibus minivan motorcycle motorbike scooter tractor");

    /// <summary>Capitalised last words of the names of instruments and craft ("Velm Deep Survey Satellite").</summary>
    private static readonly HashSet<string> CraftHeads = new(System.StringComparer.Ordinal)
    {
        "Telescope", "Satellite", "Spacecraft", "Rover", "Probe", "Lander", "Orbiter",
    };

    private readonly HashSet<string> thingNames = new(System.StringComparer.Ordinal);

    /// <summary>True when the document writes the name as that of a made thing or a work ("the Nordline gas pipeline",
    /// "the film Harbour Lights", "written in Velmscript"), so it names no body and no place.</summary>
    public bool IsThingName(string name) => thingNames.Contains(NameForms.Key(name));

    private void CollectThingName(NameChunk chunk)
    {
        var (_, _, _, prev, prev2, next, next2) = Around(chunk);

        // "a Falcon 9 rocket", "the Orra 300 airliner": a place's name with a model number before a kind of craft names
        // the model. (A maker's name is left to the other rules: "a Velmair 300 jet" still names the maker.)
        // One lower-case word of use may stand before the kind ("a Falcon 9 carrier rocket", "an Orra 40 cargo plane").
        if (next is { IsNumber: true } && next2 is { } craft && NameForms.IsLowerWord(craft)
            && (CraftNouns.Contains(craft.Text) || IsCraftNounAt(chunk.Tokens, chunk.Last + 3))
            && Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _))
        {
            thingNames.Add(NameForms.Key(chunk.Text));
            return;
        }

        // "the Orrvik Sky Survey Satellite", "the Velm Deep Space Probe": a name ending in a craft's or an instrument's
        // head is the craft, though a body's word ("Survey", "Space") stands inside it.
        if (chunk.Last > chunk.First && CraftHeads.Contains(chunk.Tokens[chunk.Last].Text))
        {
            thingNames.Add(NameForms.Key(chunk.Text));
            return;
        }

        // "the Nordline pipeline", "the Nordline gas pipeline": the noun may follow one lower-case word of kind.
        var noun = next is { } n1 && NameForms.IsLowerWord(n1) && ThingNouns.Contains(n1.Text) ? n1
            : next is { } kind && NameForms.IsLowerWord(kind) && !Lexicon.AttributionVerbs.Contains(kind.Text) && next2 is { } n2 && NameForms.IsLowerWord(n2)
                && (n2.Is("pipeline") || n2.Is("telescope") || n2.Is("interpreter")) ? next2 : null;
        var titled = prev is { } work && NameForms.IsLowerWord(work) && WorkNouns.Contains(work.Text) && !Lexicon.IsMonthOrWeekdayName(chunk.Text);
        // 'the film "Harbour Lights"': the title in quotation marks after the noun.
        titled |= prev is { } quote && quote.IsSymbol('"') && prev2 is { } work2 && NameForms.IsLowerWord(work2) && WorkNouns.Contains(work2.Text);
        // "a script written in Velmscript": the language a program is written in.
        var language = prev is { } inWord && inWord.Is("in") && prev2 is { } written && (written.Is("written") || written.Is("coded") || written.Is("programmed"));

        // "a white Velmo Strada van": a name of two words or more before a kind of vehicle is the maker's and the
        // model's, no one's name (a maker's name alone, "a Velmo van", is left to the other rules: it is a body).
        var model = chunk.First < chunk.Last && next is { } vehicle && NameForms.IsLowerWord(vehicle) && VehicleNouns.Contains(vehicle.Text);

        // The words around the name are tested first: they rarely name a thing, and the name's own tests cost more.
        if ((noun is not null || titled || language || model)
            && !NameForms.IsCountryOrDemonym(chunk.Text) && !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) && !HasInstitutionHead(chunk))
        {
            thingNames.Add(NameForms.Key(chunk.Text));
        }
    }

    private static bool IsCraftNounAt(IReadOnlyList<Text.Token> tokens, int index) =>
        index < tokens.Count && NameForms.IsLowerWord(tokens[index]) && CraftNouns.Contains(tokens[index].Text);

    // "the Velm Space Agency telescope": a body's own name says it is a body, whatever it runs.
    private static bool HasInstitutionHead(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (Lexicon.OrganizationHeads.Contains(chunk.Tokens[i].Text) || Lexicon.PlaceHeads.Contains(chunk.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
