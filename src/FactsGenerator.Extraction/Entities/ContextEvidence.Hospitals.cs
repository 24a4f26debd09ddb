using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Hospitals the document names with a capital "Hospital", so that the same name before a lower-case "hospital"
/// is that body, not a site of its own.</summary>
internal sealed partial class ContextEvidence
{
    private const string HospitalHead = " Hospital";

    // Key of the name before " Hospital" → the hospital's full name as first written ("Leulumoega District" → "Leulumoega District Hospital").
    private readonly Dictionary<string, string> namedHospitals = new(System.StringComparer.Ordinal);

    /// <summary>The capitalised hospital the document names after these words ("Orra District" → "Orra District Hospital"),
    /// or null: "the Orra District hospital" then means that body.</summary>
    public string? NamedHospitalOf(string name) => namedHospitals.TryGetValue(NameForms.Key(name), out var full) ? full : null;

    private void CollectNamedHospital(NameChunk chunk)
    {
        var name = chunk.Text;
        if (chunk.First < chunk.Last && name.EndsWith(HospitalHead, System.StringComparison.Ordinal))
        {
            var key = NameForms.Key(name.Substring(0, name.Length - HospitalHead.Length));
            if (key.Length > 0 && !namedHospitals.ContainsKey(key))
            {
                namedHospitals[key] = name;
            }
        }
    }
}
