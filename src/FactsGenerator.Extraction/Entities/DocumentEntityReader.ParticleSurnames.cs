using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A surname that opens with a particle ("La Fontaine" for "Marie La Fontaine", "Van Dijk", "De Luca") used alone:
/// it is a mention of the person named in full, not a new name. Such a span looks like a two-word name whose first
/// word is no given name, so without this it is dropped and whatever the person says later has no speaker.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    // Particles that open a family name and are written capitalised when the surname stands alone, besides the name
    // particles: kept out of Lexicon.PersonNameParticles, which the chunker and the place readers ask too.
    private static readonly HashSet<string> SurnameOpeningParticles = Lexicon.Set("la le des");

    // Both sets ignore case: this is asked of the first word of every name chunk, so it must not allocate.
    private static bool IsSurnameParticle(string word) =>
        Lexicon.PersonNameParticles.Contains(word) || SurnameOpeningParticles.Contains(word);

    /// <summary>"La Fontaine", "De La Cruz": every word but the last may be a particle, and the last is a name word.</summary>
    private static bool IsParticleSurnameSpan(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount < 2 || chunk.SpacedWordCount > 3)
        {
            return false;
        }

        for (var k = chunk.First; k < chunk.Last; k++)
        {
            if (!tokens[k].IsWord || !IsSurnameParticle(tokens[k].Text))
            {
                return false;
            }
        }

        return NameChunker.IsNameWord(tokens[chunk.Last]) && !NameForms.IsAllCaps(tokens[chunk.Last].Text);
    }

    // The full name is read first in nearly every article; a particle span met before it is classified as before.
    private bool TryMentionParticleSurname(NameChunk chunk, List<NameChunk> chunks)
    {
        if (!IsParticleSurnameSpan(chunk))
        {
            return false;
        }

        var person = registry.Find(chunk.Text, EntityKind.Person) ?? PersonByParticleSurname(chunk.Text);
        // ("the band Van Dorn": what the context calls a body stays one.)
        if (person is null || NamesAnotherBearerBeside(chunk, chunks, person) || IsCalledABody(chunk.Text))
        {
            return false;
        }

        registry.Mention(EntityKind.Person, person.Name, chunk.Sentence, chunk.Start, chunk.End);
        if (!SameKey(person.Name, chunk.Text))
        {
            registry.AddAlias(person, chunk.Text);
        }

        ReadRole(person, chunk, chunks, before: true);
        return true;
    }

    // Particle surnames of the people known so far ("La Fontaine" for "Marie La Fontaine", and "De La Cruz" and
    // "La Cruz" for "Ana De La Cruz"); null where two people share one ("Ana De Luca", "Marco De Luca"). Records are
    // only appended while chunks are read, so the index grows with them instead of being rebuilt (linear time).
    private readonly Dictionary<string, EntityRecord?> particleSurnameOwners = new(System.StringComparer.Ordinal);
    private int particleIndexedRecords;

    private EntityRecord? PersonByParticleSurname(string surname)
    {
        for (; particleIndexedRecords < registry.Records.Count; particleIndexedRecords++)
        {
            var record = registry.Records[particleIndexedRecords];
            if (record.Kind == EntityKind.Person)
            {
                IndexParticleSurnames(record.Name.Split(' '), record);
            }
        }

        return particleSurnameOwners.TryGetValue(NameForms.Key(surname), out var owner) && owner is not null ? owner.Resolve() : null;
    }

    private void IndexParticleSurnames(string[] parts, EntityRecord record)
    {
        for (var i = parts.Length - 2; i >= 1 && IsSurnameParticle(parts[i]); i--)
        {
            var key = NameForms.Key(string.Join(" ", parts, i, parts.Length - i));
            particleSurnameOwners[key] = particleSurnameOwners.TryGetValue(key, out var owner) && !ReferenceEquals(owner, record) ? null : record;
        }
    }

    // "Van Dorn signed Mia Van Dorn as its singer": another bearer of the surname named in the same sentence (not
    // yet known, as it comes later) makes the surname alone a family's or a band's, not the known person's.
    private static bool NamesAnotherBearerBeside(NameChunk chunk, List<NameChunk> chunks, EntityRecord person)
    {
        var ending = " " + chunk.Text;
        foreach (var other in chunks)
        {
            if (!ReferenceEquals(other, chunk) && other.Text.EndsWith(ending, System.StringComparison.Ordinal) && !SameKey(other.Text, person.Name)
                && !System.Linq.Enumerable.Contains(person.Aliases, other.Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCalledABody(string name) =>
        (evidence.TryGetStrong(name, out var kind) && kind != EntityKind.Person) || evidence.IsWeakOrganization(name);
}
