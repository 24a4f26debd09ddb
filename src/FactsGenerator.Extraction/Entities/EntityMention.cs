namespace FactsGenerator.Extraction.Entities;

/// <summary>Where an entity is named: character offsets [Start, End) in the document and the sentence index.</summary>
internal sealed class EntityMention
{
    public EntityMention(EntityRecord record, int start, int end, int sentenceIndex)
    {
        Record = record;
        Start = start;
        End = end;
        SentenceIndex = sentenceIndex;
    }

    public EntityRecord Record { get; }

    public int Start { get; }

    public int End { get; }

    public int SentenceIndex { get; }

    public EntityKind Kind => Record.Kind;

    /// <summary>The canonical name of the entity this mention finally refers to.</summary>
    public string Name => Record.Resolve().Name;
}
