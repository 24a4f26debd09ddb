using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A relation before a name gives way to the description after it ("his brother Jo, an inmate at ...").</summary>
internal sealed partial class DocumentEntityReader
{
    // The annotators never give a relation as a role where the text says anything else of the person: the apposition
    // after the name, when it describes the person otherwise, is the role; with none, the relation stays.
    private static RoleMatch? DescriptionOverRelation(NameChunk chunk, List<NameChunk> chunks, RoleMatch? written)
    {
        if (written is null || !RoleParser.IsRelationRole(written.Role))
        {
            return written;
        }

        return RoleParser.After(chunk.Tokens, chunk.Last, chunks) is { } apposed && RoleParser.IsDescriptionBeyondRelation(apposed.Role)
            ? apposed
            : written;
    }
}
