using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A body's name run straight into the name of a person who belongs to it.</summary>
internal sealed partial class DocumentEntityReader
{
    // "director of the Velm Rights Trust Ana Ruiz said", "told the Harbour Board chair Jo Kim": an office-holder's
    // name often follows the body's name with no comma, and the chunker reads both as one. A head word of a body
    // never goes before a given name and a family name inside one name, so the body ends at its head word and the
    // rest is read on its own (an office word there, "Fellow Jo Kim", is the person's title).
    private bool TrySplitBodyBeforePerson(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (TrySplitAcronymBeforeKnownSurname(chunk, chunks))
        {
            return true;
        }

        var head = -1;
        for (var k = chunk.Last - 2; k >= chunk.First && head < 0; k--)
        {
            if (tokens[k].IsWord && char.IsUpper(tokens[k].Text[0]) && Lexicon.IsBodyOrCompanyWord(tokens[k].Text))
            {
                head = k;
            }
        }

        if (head < 0 || head == chunk.First && !Lexicon.StandaloneInstitutions.Contains(tokens[head].Text))
        {
            return false;
        }

        var name = head + 1;
        if (IsCapitalisedRoleHead(tokens[name].Text) && name < chunk.Last - 1)
        {
            name++;
        }

        // A given name, then a family name the lists know or no English word, and no word of the tail heads a body or a place.
        if (!tokens[name].IsWord || !GivenNames.Contains(tokens[name].Text) || !(Surnames.Contains(tokens[chunk.Last].Text) || !EnglishWords.IsOrdinaryWord(tokens[chunk.Last].Text)))
        {
            return false;
        }

        var person = SubChunk(chunk, name, chunk.Last);
        if (person.SpacedWordCount > 3 || !IsPersonNameSpan(tokens, name, chunk.Last))
        {
            return false;
        }

        for (var k = name; k <= chunk.Last; k++)
        {
            if (Lexicon.OrganizationHeads.Contains(tokens[k].Text) || Lexicon.CompanyEndings.Contains(tokens[k].Text) || Lexicon.PlaceHeads.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        var body = SubChunk(chunk, chunk.First, head);
        ClassifySpan(body, chunks);
        ClassifyChunk(SubChunk(chunk, head + 1, chunk.Last), chunks);

        // "director of the Velm Rights Trust Ana Ruiz": the office before "of" is hers, held in that body.
        var of = chunk.First - (chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? 2 : 1);
        if (of >= 1 && tokens[of].Is("of") && NameForms.IsLowerWord(tokens[of - 1]) && Lexicon.RoleHeads.Contains(tokens[of - 1].Text)
            && registry.Find(person.Text, EntityKind.Person) is { } holder && registry.Find(body.Text, EntityKind.Organization) is not null)
        {
            holder.Role ??= tokens[of - 1].Text;
            holder.Affiliation ??= body.Text;
        }

        return true;
    }

    // "told VBC Okafor "we will win"": an acronym, then the family name of someone the document has already named in
    // full, are two names side by side (an acronym never opens a person's name).
    private bool TrySplitAcronymBeforeKnownSurname(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (chunk.Last != chunk.First + 1 || !NameForms.IsAcronym(tokens[chunk.First]) || !tokens[chunk.Last].IsWord || NameForms.IsAllCaps(tokens[chunk.Last].Text)
            || !(PersonByPartOfName(tokens[chunk.Last].Text) is { } person && person.Name.EndsWith(" " + tokens[chunk.Last].Text, System.StringComparison.Ordinal)))
        {
            return false;
        }

        ClassifySpan(SubChunk(chunk, chunk.First, chunk.First), chunks);
        ClassifyChunk(SubChunk(chunk, chunk.Last, chunk.Last), chunks);
        return true;
    }
}
