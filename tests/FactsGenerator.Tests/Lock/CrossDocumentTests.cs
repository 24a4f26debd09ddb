using System.Collections;
using System.Linq;
using System.Text.RegularExpressions;
using FactsGenerator.Tests.Infrastructure;
using static FactsGenerator.Tests.Lock.LockHarness;

namespace FactsGenerator.Tests.Lock;

/// <summary>The same fact in several documents is one member with several evidences; different values are a reported conflict.</summary>
public class CrossDocumentTests
{
    private static TestDocument Doc(string name, string text) => new($"/project/docs/{name}.txt", text);

    [Fact]
    public void SameFactInTwoDocumentsIsOneMemberWithBothEvidences()
    {
        var documents = new[]
        {
            Doc("agency", "Agency wire\n7 soldiers were killed near the border.\n"),
            Doc("paper", "Newspaper\nOfficials said 7 soldiers were killed on Monday.\n"),
        };
        var result = Run(documents, consumerCode: "namespace Consumer { internal static class Use { internal const int Killed = TestFacts.Facts.Casualties.SoldiersKilled; } }");

        result.AssertCompiles();
        Assert.Single(Regex.Matches(AllSources(result), "public const int SoldiersKilled ="));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS007" or "FACTS019");
        Assert.Contains("Corroborated by 2 documents: agency.txt, line 2", result.Source("Facts.Agency.g.cs"));

        var library = Load(result);
        var all = ((IEnumerable)Static(library, string.Empty, "All")!).Cast<object>().ToList();
        var fact = Assert.Single(all, f => (string)Property(f, "Path")! == "Casualties.SoldiersKilled");
        Assert.Equal(2, Property(fact, "Corroboration"));
        var casualties = ((IEnumerable)Static(library, "Casualties", "All")!).Cast<object>().ToList();
        Assert.Single(casualties);
    }

    [Fact]
    public void EachDocumentsSourceListsItsOwnFactsIncludingSharedOnes()
    {
        var documents = new[] { Doc("agency", "Agency\n7 soldiers were killed.\n"), Doc("paper", "Paper\n7 soldiers were killed.\n300 residents fled.\n") };
        var result = Run(documents);
        var library = Load(result);

        var paper = Static(library, "Sources", "Paper")!;
        var paths = ((IEnumerable)Property(paper, "Facts")!).Cast<object>().Select(f => (string)Property(f, "Path")!).ToList();
        Assert.Equal(new[] { "Casualties.SoldiersKilled", "Displacement.ResidentsFled" }, paths.OrderBy(p => p, System.StringComparer.Ordinal));
        var shared = ((IEnumerable)Property(paper, "Facts")!).Cast<object>().First();
        Assert.Equal("paper.txt", Property(Property(shared, "Evidence")!, "Document"));
    }

    [Fact]
    public void DifferentValuesAreAConflictWarningNamingBothDocumentsAndSentences()
    {
        var documents = new[] { Doc("agency", "Agency\n7 soldiers were killed near the border.\n"), Doc("paper", "Paper\n9 soldiers were killed on Monday.\n") };
        var result = Run(documents, consumerCode: "namespace Consumer { internal static class Use { internal const int A = TestFacts.Facts.Casualties.SoldiersKilled_Agency; internal const int B = TestFacts.Facts.Casualties.SoldiersKilled_Paper; } }");

        result.AssertCompiles();
        var warning = Single(result, "FACTS019");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, warning.DefaultSeverity);
        var message = Message(warning);
        Assert.Contains("agency.txt: 7 \u201C7 soldiers were killed near the border.\u201D", message);
        Assert.Contains("paper.txt: 9 \u201C9 soldiers were killed on Monday.\u201D", message);
        Assert.Contains("Casualties.SoldiersKilled_Agency, Casualties.SoldiersKilled_Paper", message);

        var conflict = Assert.Single(((IEnumerable)Static(Load(result), "Conflicts", "All")!).Cast<object>());
        Assert.Equal("Casualties.SoldiersKilled", Property(conflict, "Path"));
        Assert.Equal(new[] { "Casualties.SoldiersKilled_Agency", "Casualties.SoldiersKilled_Paper" }, ((IEnumerable)Property(conflict, "Members")!).Cast<string>());
        Assert.Equal(2, ((IEnumerable)Property(conflict, "Facts")!).Cast<object>().Count());
    }

    // Whether documents are about the same event comes from the entities the real engine finds, so these use it.
    [Fact]
    public void DocumentsAboutDifferentEventsKeepTheirOwnFiguresWithoutAConflict()
    {
        var documents = new[]
        {
            Doc("quake", "Earthquake strikes Lyon\n\nThe earthquake in Lyon killed 7 people on Monday.\n"),
            Doc("flood", "Floods in Porto\n\nThe floods in Porto killed 9 people on Tuesday.\n"),
        };
        var result = GeneratorHarness.Run(documents, consumerCode: "namespace Consumer { internal static class Use { internal const int A = TestFacts.Facts.Casualties.PeopleKilled_Quake; internal const int B = TestFacts.Facts.Casualties.PeopleKilled_Flood; } }");

        result.AssertCompiles();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FACTS019");
        Assert.Contains(result.Diagnostics, d => d.Id == "FACTS007");
        Assert.Empty(((IEnumerable)Static(Load(result), "Conflicts", "All")!).Cast<object>());
    }

    [Fact]
    public void TheSameFigureInDocumentsAboutDifferentEventsIsNotCorroboration()
    {
        var documents = new[]
        {
            Doc("quake", "Earthquake strikes Lyon\n\nThe earthquake in Lyon killed 7 people on Monday.\n"),
            Doc("flood", "Floods in Porto\n\nThe floods in Porto killed 7 people on Tuesday.\n"),
        };
        var result = GeneratorHarness.Run(documents);

        result.AssertCompiles();
        Assert.Equal(2, Regex.Matches(AllSources(result), "public const int PeopleKilled_").Count);
        Assert.DoesNotContain("Corroborated by", AllSources(result));
    }

    [Fact]
    public void DocumentsAboutTheSameEventThatDisagreeAreAConflict()
    {
        var documents = new[]
        {
            Doc("wire", "Earthquake strikes Lyon\n\nThe earthquake in Lyon killed 7 people on Monday.\n"),
            Doc("paper", "Lyon mourns\n\nThe earthquake in Lyon killed 9 people, officials said.\n"),
        };
        var result = GeneratorHarness.Run(documents);

        result.AssertCompiles();
        Assert.Contains("wire.txt: 7", Message(Single(result, "FACTS019")));
    }

    [Fact]
    public void SamePersonInSeveralDocumentsIsOneMember()
    {
        var documents = new[] { Doc("agency", "Agency\nMinister Ana Ruiz spoke.\n"), Doc("paper", "Paper\nLater, Minister Ana Ruiz left.\n") };
        var result = Run(documents, consumerCode: "namespace Consumer { internal static class Use { internal static string Name => TestFacts.Facts.People.AnaRuiz.Name; } }");

        result.AssertCompiles();
        Assert.Single(Regex.Matches(AllSources(result), "public static readonly global::TestFacts.Person AnaRuiz ="));
        Assert.Single(((IEnumerable)Static(Load(result), "People", "All")!).Cast<object>());
    }

    [Fact]
    public void LockedFactKeepsItsNameWhenANewDocumentDisagrees()
    {
        var agency = Doc("agency", "Agency\n7 soldiers were killed near the border.\n");
        var lockJson = LockJson(new[] { agency });
        var result = Run(new[] { agency, Doc("paper", "Paper\n9 soldiers were killed on Monday.\n") }, lockJson,
            "namespace Consumer { internal static class Use { internal const int A = TestFacts.Facts.Casualties.SoldiersKilled; internal const int B = TestFacts.Facts.Casualties.SoldiersKilled_Paper; } }");

        result.AssertCompiles();
        Assert.Contains("each value is kept as Casualties.SoldiersKilled, Casualties.SoldiersKilled_Paper", Message(Single(result, "FACTS019")));
    }

    [Fact]
    public void LockedConflictKeepsItsQualifiedNamesAndIsStillReported()
    {
        var documents = new[] { Doc("agency", "Agency\n7 soldiers were killed near the border.\n"), Doc("paper", "Paper\n9 soldiers were killed on Monday.\n") };
        var lockJson = LockJson(documents);
        Assert.Contains("\"conflict\": \"Casualties.SoldiersKilled\"", lockJson);

        var result = Run(documents, lockJson, "namespace Consumer { internal static class Use { internal const int A = TestFacts.Facts.Casualties.SoldiersKilled_Agency; internal const int B = TestFacts.Facts.Casualties.SoldiersKilled_Paper; } }");
        result.AssertCompiles();
        Single(result, "FACTS019");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS013" or "FACTS014");
    }

    [Fact]
    public void CodeGrowsLinearlyWithTheNumberOfDocumentsSharingAFact()
    {
        long GeneratedCharacters(int copies)
        {
            var documents = Enumerable.Range(0, copies).Select(i => Doc("copy" + i, "Copy\n7 soldiers were killed near the border.\nMinister Ana Ruiz spoke.\n"));
            var result = Run(documents);
            Assert.Null(result.Exception);
            return result.RunResult.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Length);
        }

        var few = GeneratedCharacters(20);
        var many = GeneratedCharacters(80);
        Assert.True(many <= 5 * few, $"20 copies generate {few:N0} characters, 80 copies {many:N0}.");
    }
}
