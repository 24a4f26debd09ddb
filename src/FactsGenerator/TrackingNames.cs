namespace FactsGenerator;

/// <summary>Names of the pipeline steps, so tests can assert how each step ran (New, Cached, Unchanged, Modified).</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string Documents = nameof(Documents);
    public const string Extracted = nameof(Extracted);
    public const string Lock = nameof(Lock);
    public const string Curated = nameof(Curated);
    public const string Proposals = nameof(Proposals);
    public const string Names = nameof(Names);
    public const string DocumentOutputs = nameof(DocumentOutputs);
    public const string Index = nameof(Index);
}
