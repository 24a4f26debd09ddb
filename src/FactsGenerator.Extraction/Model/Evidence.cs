namespace FactsGenerator.Extraction.Model;

/// <summary>
/// Where a fact was read: the exact phrase (<see cref="Text"/>) at <see cref="Start"/> (0-based offset in
/// the original document) with 1-based <see cref="Line"/>/<see cref="Column"/>, and the whole sentence it
/// belongs to with whitespace collapsed.
/// </summary>
public sealed record Evidence(int Start, int Length, int Line, int Column, string Text, string Sentence);
