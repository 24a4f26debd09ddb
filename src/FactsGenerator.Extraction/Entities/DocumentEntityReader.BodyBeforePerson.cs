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

        if (IsBodyNameTailAfter(tokens, head)) return TrySplitBodyTailBeforePerson(chunk, chunks, head);

        var name = head + 1;
        if (IsCapitalisedRoleHead(tokens[name].Text) && name < chunk.Last - 1)
        {
            name++;
        }

        // A given name, then a family name the lists know or no English word, and no word of the tail heads a body or a place.
        // A title between the body and the name ("Harbour Board Chairman A K Varma") or an office "of" the body before the
        // run ("head of the Velm Electoral Commission Corneille Tarsk") says a person follows, so there an unknown given name
        // or initials will do when no word of the name is an English word.
        var office = OfficeOfBefore(tokens, chunk.First);
        var personCue = name > head + 1 || office >= 0;
        if (!tokens[name].IsWord || !(GivenNames.Contains(tokens[name].Text) || (personCue && IsUnlistedPersonName(tokens, name, chunk.Last)))
            || !(Surnames.Contains(tokens[chunk.Last].Text) || !EnglishWords.IsOrdinaryWord(tokens[chunk.Last].Text)))
        {
            return false;
        }

        var person = SubChunk(chunk, name, chunk.Last);
        // ("head of the Port Authority Rio Grande": a place's name, a branch or a site, is no person's.)
        if (person.SpacedWordCount > 3 || !IsPersonNameSpan(tokens, name, chunk.Last) || PlaceGazetteer.Instance.TryFind(person.Text, out _))
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
        if (name == head + 1 && !GivenNames.Contains(tokens[name].Text))
        {
            // (Only the office before the run says the unlisted name is a person's: no other rule would read it.)
            AddPerson(person, person.Text, chunks);
        }
        else
        {
            ClassifyChunk(SubChunk(chunk, head + 1, chunk.Last), chunks);
        }

        // "director of the Velm Rights Trust Ana Ruiz": the office before "of" is hers, held in that body.
        if (office >= 0 && registry.Find(person.Text, EntityKind.Person) is { } holder && registry.Find(body.Text, EntityKind.Organization) is not null)
        {
            holder.Role ??= tokens[office].Text;
            holder.Affiliation ??= body.Text;
        }

        return true;
    }

    // "head of the Velm Commission ...", "chief of the Orra's Harbour Board ...": a lower-case office, "of", perhaps "the" and
    // a one-word possessive, right before the run; the office's index, or -1.
    private static int OfficeOfBefore(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (k >= 1 && tokens[k].Text is "'s" or "’s" && NameChunker.IsNameWord(tokens[k - 1]))
        {
            k -= 2;
        }

        if (k >= 0 && tokens[k].Is("the"))
        {
            k--;
        }

        return k >= 1 && tokens[k].Is("of") && NameForms.IsLowerWord(tokens[k - 1]) && Lexicon.RoleHeads.Contains(tokens[k - 1].Text) ? k - 1 : -1;
    }

    // Two or three words, each a capital initial or a capitalised word that is no English word ("A K Varma", "Corneille Tarsk").
    private static bool IsUnlistedPersonName(IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            if (token.IsSymbol('.'))
            {
                continue;
            }

            var initial = token.Text.Length == 1 && char.IsUpper(token.Text[0]);
            if (!token.IsWord || !char.IsUpper(token.Text[0]) || !initial && EnglishWords.IsOrdinaryWord(token.Text))
            {
                return false;
            }

            words++;
        }

        return words is 2 or 3;
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
