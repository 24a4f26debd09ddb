namespace FactsGenerator.IdeTests;

/// <summary>One workspace for all IDE tests: the generator runs once and later documents reuse its cached output.</summary>
[CollectionDefinition(Name)]
public sealed class SeedWorkspaceCollection : ICollectionFixture<SeedWorkspace>
{
    public const string Name = "Seed workspace";
}
