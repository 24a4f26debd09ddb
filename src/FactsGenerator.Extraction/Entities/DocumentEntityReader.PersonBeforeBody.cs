using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A person's name used as a modifier of a body's name: "the Ana Ruiz Harbour Board".</summary>
internal sealed partial class DocumentEntityReader
{
    // "a former Jo Kim Harbour Board official", "the Ana Ruiz Supreme Court hearing": a person's name qualifies the
    // body that follows (the board in her time, the hearing about him), and the chunker reads both as one. Bodies are
    // also named after people ("the Ana Ruiz Foundation"), so the run is split only when the document also writes the
    // body's name on its own, mid-sentence, or the list of well-known bodies has it: then the words before it are a
    // name of their own.
    private bool TrySplitPersonBeforeBody(NameChunk chunk, List<NameChunk> chunks)
    {
        const int MinBodyWords = 2;
        var tokens = chunk.Tokens;
        // The person's part opens with a given name ("Mary's Hospital" is one name); without one no split is made, so
        // the run's endings are not built as bodies at all (this is asked of every span classified).
        if (!OpensWithKnownGivenName(chunk))
        {
            return false;
        }

        for (var bodyStart = chunk.First + 2; bodyStart <= chunk.Last && bodyStart - chunk.First <= MaxPersonWords; bodyStart++)
        {
            // "Ana Ruiz's Senate seat": a possessive ends the owner's name, so the body needs no more evidence.
            var possessive = tokens[bodyStart - 1].Text is "'s" or "’s";
            var body = SubChunk(chunk, bodyStart, chunk.Last);
            var isBody = (body.SpacedWordCount >= MinBodyWords && HasOrganizationHead(body)
                    && (possessive || evidence.IsCapitalisedMidSentence(body.Text) || OrganizationLexicon.Contains(body.Text)))
                || (possessive && StandaloneInstitutions.Contains(body.Text));
            if (!isBody)
            {
                continue;
            }

            var person = SubChunk(chunk, chunk.First, possessive ? bodyStart - 2 : bodyStart - 1);
            // A given name and a family name; in "the Ana Ruiz Harbour Board" the article belongs to the body, so it does
            // not rule out a person here.
            if (person.SpacedWordCount < 2 || !IsPersonNameSpan(tokens, person.First, person.Last) || HasOrganizationHead(person))
            {
                return false;
            }

            AddPerson(person, person.Text, chunks);
            ClassifySpan(body, chunks);
            return true;
        }

        return false;
    }
}
