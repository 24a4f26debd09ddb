using System.Linq;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static FactsGenerator.Tests.Lock.LockHarness;

namespace FactsGenerator.Tests.Lock;

/// <summary>A lock file makes the generated names a contract: they survive inference changes, and every break is a located diagnostic.</summary>
public class LockedNamesTests
{
    private const string Report = "Border report\n7 soldiers were killed near the border on Monday.\nMinister Ana Ruiz visited the area.\n";

    private static TestDocument[] Documents(string text = Report) => new[] { new TestDocument("/project/docs/report.txt", text) };

    [Fact]
    public void LockedMemberKeepsItsNameWhenInferenceWouldRenameIt()
    {
        var lockJson = LockJson(Documents());
        var result = Run(Documents(), lockJson, "namespace Consumer { internal static class Use { internal const int Killed = TestFacts.Facts.Casualties.SoldiersKilled; } }",
            engine: Renaming(name => "Dead" + name));

        result.AssertCompiles();
        Assert.DoesNotContain("DeadSoldiersKilled", AllSources(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FACTS014");
    }

    [Fact]
    public void LockedFactIsFoundAgainWhenItsSentenceIsReworded()
    {
        var lockJson = LockJson(Documents());
        var reworded = Report.Replace("near the border on Monday", "in a night attack near the border on Monday", System.StringComparison.Ordinal);
        var result = Run(Documents(reworded), lockJson, "namespace Consumer { internal static class Use { internal const int Killed = TestFacts.Facts.Casualties.SoldiersKilled; } }",
            engine: Renaming(name => "Fallen" + name));

        result.AssertCompiles();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS012" or "FACTS013" or "FACTS014");
    }

    [Fact]
    public void LockedTypeIsKeptWhileItCanHoldTheValue()
    {
        var lockJson = LockJson(Documents()).Replace("\"type\": \"int\"", "\"type\": \"long\"", System.StringComparison.Ordinal);
        var result = Run(Documents(), lockJson);

        Assert.Contains("public const long SoldiersKilled = 7L;", result.Source("Facts.Report.g.cs"));
        result.AssertCompiles();
    }

    [Fact]
    public void LockedFactWhoseSentenceIsGoneIsAnErrorNamingMemberDocumentAndSentence()
    {
        var lockJson = LockJson(Documents());
        var result = Run(Documents("Border report\nMinister Ana Ruiz visited the area.\n"), lockJson);

        var error = Single(result, "FACTS012");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var message = Message(error);
        Assert.Contains("Casualties.SoldiersKilled", message);
        Assert.Contains("report.txt", message);
        Assert.Contains("7 soldiers were killed near the border on Monday.", message);
        Assert.Equal(LockPath, error.Location.GetLineSpan().Path);
        Assert.True(error.Location.GetLineSpan().StartLinePosition.Line > 0, "the error points at the entry, not the top of the lock file");
        Assert.Null(result.Exception);
    }

    [Fact]
    public void ValueChangeOfALockedFactIsAWarningWithBothValuesAndSentences()
    {
        var lockJson = LockJson(Documents());
        var result = Run(Documents(Report.Replace("7 soldiers", "9 soldiers", System.StringComparison.Ordinal)), lockJson,
            "namespace Consumer { internal static class Use { internal const int Killed = TestFacts.Facts.Casualties.SoldiersKilled; } }");

        var warning = Single(result, "FACTS013");
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        var message = Message(warning);
        Assert.Contains("from 7 (\u201C7 soldiers were killed near the border on Monday.\u201D) to 9 (\u201C9 soldiers were killed near the border on Monday.\u201D)", message);
        Assert.Equal("/project/docs/report.txt", warning.Location.GetLineSpan().Path);
        Assert.Contains("public const int SoldiersKilled = 9;", result.Source("Facts.Report.g.cs"));
        Assert.DoesNotContain(result.CompileProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void NewFactsAreGeneratedAsUsualAndListedInOneInfo()
    {
        var lockJson = LockJson(Documents());
        var result = Run(Documents(Report + "300 residents fled to the hills.\n"), lockJson,
            "namespace Consumer { internal static class Use { internal const int Fled = TestFacts.Facts.Displacement.ResidentsFled; } }");

        var info = Single(result, "FACTS014");
        Assert.Equal(DiagnosticSeverity.Info, info.DefaultSeverity);
        Assert.Contains("1 fact(s) that are not in the lock file: Displacement.ResidentsFled", Message(info));
        result.AssertCompiles();
    }

    [Fact]
    public void WithoutALockFileNoLockDiagnosticIsReported()
    {
        var result = Run(Documents());
        Assert.DoesNotContain(result.Diagnostics, d => string.CompareOrdinal(d.Id, "FACTS012") >= 0 && string.CompareOrdinal(d.Id, "FACTS022") <= 0);
        result.AssertCompiles();
    }

    [Fact]
    public void LockedFactTheEngineNoLongerFindsIsKeptWhileItsSentenceIsThere()
    {
        var lockJson = LockJson(Documents());
        var result = Run(Documents(), lockJson, "namespace Consumer { internal static class Use { internal const int Killed = TestFacts.Facts.Casualties.SoldiersKilled; } }",
            engine: (text, options, ct) => RuleEngine.Extract(text, options, ct) with { Quantities = Extraction.Model.EquatableArray<Extraction.Model.QuantityFact>.Empty });

        var info = Single(result, "FACTS015");
        Assert.Contains("kept with its locked value 7", Message(info));
        Assert.Contains("public const int SoldiersKilled = 7;", result.Source("Facts.Report.g.cs"));
        Assert.Contains("line 2", result.Source("Facts.Report.g.cs"));
        result.AssertCompiles();
    }

    [Fact]
    public void ValueTheLockedTypeCannotHoldIsAWarningAndTheTypeFollowsTheValue()
    {
        var lockJson = LockJson(Documents());
        var result = Run(Documents(Report.Replace("7 soldiers", "7.5 soldiers", System.StringComparison.Ordinal)), lockJson);

        var warning = Single(result, "FACTS020");
        Assert.Contains("was generated as 'int' but its new value needs 'double'", Message(warning));
        Assert.Contains("public const double SoldiersKilled = 7.5;", result.Source("Facts.Report.g.cs"));
    }

    [Fact]
    public void BrokenLockFileIsAnErrorAtTheProblemAndTheLibraryIsStillGenerated()
    {
        var result = Run(Documents(), "{\n  \"version\": 1,\n  \"facts\": [ { \"member\": }\n]\n}\n");

        var error = Single(result, "FACTS016");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(LockPath, error.Location.GetLineSpan().Path);
        Assert.Equal(2, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Null(result.Exception);
        Assert.Contains("Facts.Report.g.cs", result.HintNames);
    }

    [Fact]
    public void MalformedEntryIsSkippedWithAnErrorAndTheOtherEntriesStillPin()
    {
        var lockJson = LockJson(Documents(), engine: Renaming(_ => "Pinned"));
        var broken = lockJson.Replace("\"facts\": [", "\"facts\": [\n    { \"member\": \"Casualties.X\" },", System.StringComparison.Ordinal);
        var result = Run(Documents(), broken);

        Assert.Contains("fact entry skipped", Message(Single(result, "FACTS016")));
        Assert.Contains("public const int Pinned = 7;", result.Source("Facts.Report.g.cs"));
    }

    [Fact]
    public void LockedDocumentThatIsNoLongerAFactSourceIsAnError()
    {
        var lockJson = LockJson(Documents());
        var result = Run(new[] { new TestDocument("/project/docs/other.txt", "Other\n3 farmers were killed.\n") }, lockJson);

        var error = Single(result, "FACTS021");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("2 fact(s) of 'report.txt'", Message(error));
    }

    [Fact]
    public void SecondLockFileIsIgnoredWithAWarning()
    {
        var lockJson = LockJson(Documents());
        var documents = Documents().Append(LockDocument(lockJson, "/project/z.lock.json"));
        var result = Run(documents, lockJson);

        Assert.Contains("'facts.lock.json' is used and 'z.lock.json' is ignored", Message(Single(result, "FACTS022")));
    }

    [Fact]
    public void EmptyLockFileLocksNothingAndReportsEveryFactAsNew()
    {
        var result = Run(Documents(), string.Empty);
        Assert.Contains("2 fact(s) that are not in the lock file", Message(Single(result, "FACTS014")));
        result.AssertCompiles();
    }

    [Fact]
    public void LockedDocumentThatCanNoLongerBeAnalysedIsAnError()
    {
        var lockJson = LockJson(Documents());
        var binary = new string(Enumerable.Range(0, 400).Select(i => (char)(i % 32)).ToArray());
        var result = Run(Documents(binary), lockJson, engine: Extraction.FactExtractor.Extract);

        Single(result, "FACTS002");
        var error = Single(result, "FACTS023");
        Assert.Contains("pins 2 fact(s) of 'report.txt'", Message(error));
        Assert.Equal("/project/docs/report.txt", error.Location.GetLineSpan().Path);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{ \"facts\": {} , \"curation\": 3 }")]
    [InlineData("{ \"facts\": [ 1, \"x\", null, [] ] }")]
    [InlineData("{ \"facts\": [ { \"member\": \"Casualties.X\", \"type\": \"int\", \"document\": \"report.txt\", \"value\": \"1e400\", \"evidence\": \"7\", \"sentence\": \"s\" } ] }")]
    [InlineData("{ \"curation\": [ { \"action\": \"add\", \"member\": \"People.X\", \"kind\": \"person\" }, { \"action\": \"rename\" } ] }")]
    [InlineData("{ \"version\": \"1\" }")]
    [InlineData("\uFEFF{ \"version\": 1, \"facts\": [], \"curation\": [], \"extra\": true }")]
    public void AnyMalformedLockFileIsADiagnosticNeverAnException(string json)
    {
        var result = Run(Documents(), json);

        Assert.Null(result.Exception);
        Assert.Contains(result.Diagnostics, d => d.Id == "FACTS016");
        Assert.Contains("Facts.Report.g.cs", result.HintNames);
        result.AssertCompiles();
    }
}
