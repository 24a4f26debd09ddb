using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Facilities named after a known town or district ("Velm international airport", "the Orra refugee settlement", "the
/// Tarsk ring road"): the mention names the facility, a place of its own, not the town.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    // News annotators list the facility with its kind and not the town it is named after (3 of 3 in tune36); the town
    // is still a place where the text names it alone. A country or a US state before the kind ("the Lebanon border
    // crossing", "in California prison") says where the facility is, and names none.
    private bool TryFacilityOfKnownPlace(NameChunk chunk)
    {
        // ("the Velm camp said": a bare camp after a town's name is as often a side, the town's people.)
        var kind = ContextEvidence.FacilityKind(chunk.Tokens, chunk.Last + 1);
        if (kind is null or "camp" || !gazetteer.TryFind(chunk.Text, out var place) || place.Kind == PlaceKind.Country
            || (place.Kind == PlaceKind.Region && place.Country == "United States") || ContextEvidence.IsNoFacilityPosition(chunk))
        {
            return false;
        }

        Add(EntityKind.Place, chunk.Text + " " + kind, chunk);
        return true;
    }
}
