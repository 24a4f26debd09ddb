using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names a person had at birth or before marriage: another name of the same person, not a second person.</summary>
internal sealed partial class DocumentEntityReader
{
    // "Ray Quill was born Raymond Albert Quill", "Ana Ruiz (born Ana Maria Lopez)", "Ana Ruiz, née Lopez": the name
    // after "born" or "née" is an alias of the person named just before.
    private bool TryReadBirthName(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var marker = chunk.First - 1;
        if (marker < 2 || !(tokens[marker].Is("born") || tokens[marker].Is("née") || tokens[marker].Is("nee"))
            || !IsPersonNameSpan(tokens, chunk.First, chunk.Last) || gazetteer.TryFind(chunk.Text, out _))
        {
            return false;
        }

        var before = marker - 1;
        if (tokens[before].Is("was") || tokens[before].IsSymbol('(') || tokens[before].IsSymbol(','))
        {
            before--;
        }
        else
        {
            return false;
        }

        var subject = NameChunkIndex.EndingAt(chunks, before);
        var person = subject is null ? null : registry.Find(subject.Text, EntityKind.Person);
        if (person is null)
        {
            return false;
        }

        registry.AddAlias(person, chunk.Text);
        return true;
    }
}
