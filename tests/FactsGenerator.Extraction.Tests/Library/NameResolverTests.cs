using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Library;

public class NameResolverTests
{
    private static readonly Evidence AnyEvidence = new(0, 1, 1, 1, "x", "x.");

    private static DocumentNames Document(string path, string name, params (string Class, string Member)[] facts) =>
        new(path, name, facts.Select((f, i) => new NamedFact(FactKind.Quantity, i, f.Class, f.Member, AnyEvidence)).ToEquatableArray());

    [Fact]
    public void CollisionsWithinADocumentGetSuffixesInDocumentOrder()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "a", ("Casualties", "SoldiersKilled"), ("Casualties", "SoldiersKilled"), ("Figures", "SoldiersKilled")) }).Single();
        Assert.Equal(new[] { "Casualties.SoldiersKilled", "Casualties.SoldiersKilled2", "Figures.SoldiersKilled" }, resolved.Facts.Select(f => f.Path));
        var note = Assert.Single(resolved.Notes);
        Assert.Equal(NamingNoteKind.CollisionInDocument, note.Kind);
    }

    [Fact]
    public void ReservedNamesAndTheClassNameAreAvoided()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/a.txt", "a", ("Figures", "All"), ("Figures", "Figures"), ("Figures", "Find")) }).Single();
        Assert.Equal(new[] { "Figures.AllFact", "Figures.FiguresFact", "Figures.FindFact" }, resolved.Facts.Select(f => f.Path));
        Assert.All(resolved.Notes, n => Assert.Equal(NamingNoteKind.Sanitized, n.Kind));
    }

    [Fact]
    public void TheSameMemberInTwoDocumentsIsQualifiedByDocument()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/b.txt", "storm report", ("Casualties", "Killed")), Document("/a.txt", "flood report", ("Casualties", "Killed")) });
        Assert.Equal("Casualties.Killed_FloodReport", resolved[0].Facts.Single().Path);
        Assert.Equal("Casualties.Killed_StormReport", resolved[1].Facts.Single().Path);
    }

    [Fact]
    public void DocumentsWithTheSameNameGetDistinctSourceMembers()
    {
        var resolved = NameResolver.Resolve(new[] { Document("/y/report.txt", "report"), Document("/x/report.txt", "report") });
        Assert.Equal(new[] { "Report", "Report2" }, resolved.Select(r => r.SourceMember));
        Assert.Equal("/y/report.txt", resolved[1].DocumentPath);
        Assert.Equal(NamingNoteKind.DocumentNameCollision, Assert.Single(resolved[1].Notes).Kind);
    }

    [Fact]
    public void ResultDoesNotDependOnInputOrder()
    {
        var documents = new[] { Document("/b.txt", "b", ("Money", "Cost")), Document("/a.txt", "a", ("Money", "Cost")), Document("/c.txt", "c", ("Money", "Other")) };
        Assert.Equal(NameResolver.Resolve(documents), NameResolver.Resolve(documents.Reverse()));
    }
}
