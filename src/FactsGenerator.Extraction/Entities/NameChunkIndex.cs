using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// The chunk of a sentence that starts or ends at a token, as a scan of the sentence's chunks in order would find it
/// (the first one wins). Rules that follow a list from name to name ask this at every step.
/// </summary>
internal static class NameChunkIndex
{
    // Lists this short are scanned; longer ones (a sentence listing thousands of names) are looked up by their
    // chunks' first and last tokens, so that finding a neighbour costs the same in any sentence.
    private const int ScannedChunks = 16;

    private static readonly ConditionalWeakTable<IReadOnlyList<NameChunk>, ChunkIndex> ChunkIndexes = new();

    public static NameChunk? EndingAt(IReadOnlyList<NameChunk> chunks, int last)
    {
        if (chunks.Count > ScannedChunks)
        {
            return IndexOf(chunks).EndingAt(last);
        }

        foreach (var chunk in chunks)
        {
            if (chunk.Last == last)
            {
                return chunk;
            }
        }

        return null;
    }

    public static NameChunk? StartingAt(IReadOnlyList<NameChunk> chunks, int first)
    {
        if (chunks.Count > ScannedChunks)
        {
            return IndexOf(chunks).StartingAt(first);
        }

        foreach (var chunk in chunks)
        {
            if (chunk.First == first)
            {
                return chunk;
            }
        }

        return null;
    }

    private static ChunkIndex IndexOf(IReadOnlyList<NameChunk> chunks)
    {
        if (ChunkIndexes.TryGetValue(chunks, out var index) && index.Count == chunks.Count)
        {
            return index;
        }

        index = new ChunkIndex(chunks);
        ChunkIndexes.Remove(chunks);
        ChunkIndexes.Add(chunks, index);
        return index;
    }

    /// <summary>A sentence's chunks by first and last token; the first chunk found wins, as in a scan.</summary>
    private sealed class ChunkIndex
    {
        private readonly Dictionary<int, NameChunk> startingAt = new();
        private readonly Dictionary<int, NameChunk> endingAt = new();

        public ChunkIndex(IReadOnlyList<NameChunk> chunks)
        {
            Count = chunks.Count;
            foreach (var chunk in chunks)
            {
                if (!startingAt.ContainsKey(chunk.First))
                {
                    startingAt[chunk.First] = chunk;
                }

                if (!endingAt.ContainsKey(chunk.Last))
                {
                    endingAt[chunk.Last] = chunk;
                }
            }
        }

        public int Count { get; }

        public NameChunk? StartingAt(int first) => startingAt.TryGetValue(first, out var chunk) ? chunk : null;

        public NameChunk? EndingAt(int last) => endingAt.TryGetValue(last, out var chunk) ? chunk : null;
    }
}
