using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Library;

/// <summary>Only related documents (shared topics) corroborate or contradict each other, and only on facts that say what they count.</summary>
public class RelatedDocumentsTests
{
    private static readonly Evidence AnyEvidence = new(0, 1, 1, 1, "x", "x.");

    private static DocumentNames Document(string path, string value, string[] topics, bool specific = true) =>
        new(path, System.IO.Path.GetFileNameWithoutExtension(path), new[]
        {
            new NamedFact(FactKind.Quantity, 0, "Casualties", "PeopleKilled", AnyEvidence) { Value = value, ValueText = value, Specific = specific },
        }.ToEquatableArray())
        { Topics = topics.ToEquatableArray() };

    private static string[] Topics(params string[] topics) => topics;

    [Fact]
    public void RelatedDocumentsThatDisagreeAreAConflict()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "7", Topics("LYON")), Document("/b.txt", "9", Topics("LYON", "RHONE")) });

        Assert.Contains(resolved.SelectMany(d => d.Notes), n => n.Kind == NamingNoteKind.Conflict);
        Assert.All(resolved, d => Assert.Equal("Casualties.PeopleKilled", d.Facts.Single().ConflictOf));
    }

    [Fact]
    public void UnrelatedDocumentsThatDisagreeAreNotAConflict()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "7", Topics("LYON")), Document("/b.txt", "9", Topics("PORTO")) });

        Assert.DoesNotContain(resolved.SelectMany(d => d.Notes), n => n.Kind == NamingNoteKind.Conflict);
        Assert.Equal(new[] { "Casualties.PeopleKilled_A", "Casualties.PeopleKilled_B" }, resolved.Select(d => d.Facts.Single().Path));
        Assert.All(resolved, d => Assert.Null(d.Facts.Single().ConflictOf));
    }

    [Fact]
    public void UnrelatedDocumentsWithTheSameValueAreNotCorroboration()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "7", Topics("LYON")), Document("/b.txt", "7", Topics("PORTO")) });

        Assert.All(resolved, d => Assert.True(d.Facts.Single().Declares));
        Assert.All(resolved, d => Assert.True(d.Facts.Single().Corroboration.Count < 2));
    }

    [Fact]
    public void RelatedDocumentsWithTheSameValueShareOneMember()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "7", Topics("LYON")), Document("/b.txt", "7", Topics("LYON")) });

        Assert.Equal(new[] { "Casualties.PeopleKilled", "Casualties.PeopleKilled" }, resolved.Select(d => d.Facts.Single().Path));
        Assert.Equal(2, resolved[0].Facts.Single().Corroboration.Count);
    }

    [Fact]
    public void ABareMeasureIsNeitherConfirmedNorContradicted()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "7", Topics("LYON"), specific: false), Document("/b.txt", "9", Topics("LYON"), specific: false) });

        Assert.DoesNotContain(resolved.SelectMany(d => d.Notes), n => n.Kind == NamingNoteKind.Conflict);
        Assert.Contains(resolved.SelectMany(d => d.Notes), n => n.Kind == NamingNoteKind.CollisionAcrossDocuments);
    }

    [Fact]
    public void DocumentsChainedThroughAThirdAreNotOneEvent()
    {
        // a~b share LYON, b~c share PORTO, but a and c have nothing in common: only a and b are compared.
        var resolved = NameResolver.Resolve(new[]
        {
            Document("/a.txt", "7", Topics("LYON")),
            Document("/b.txt", "7", Topics("LYON", "PORTO")),
            Document("/c.txt", "9", Topics("PORTO", "VIGO")),
        });

        Assert.DoesNotContain(resolved.SelectMany(d => d.Notes), n => n.Kind == NamingNoteKind.Conflict);
    }
}
