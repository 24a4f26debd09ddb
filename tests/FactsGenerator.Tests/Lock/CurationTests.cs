using System;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static FactsGenerator.Tests.Lock.LockHarness;

namespace FactsGenerator.Tests.Lock;

/// <summary>Curation rules in the lock file rename, exclude, recategorise and add facts, and always win over inference.</summary>
public class CurationTests
{
    private const string Report = "Border report\n7 soldiers were killed near the border on Monday.\nMinister Ana Ruiz visited the area.\n1,960 troops were deployed along the line.\n";

    private static TestDocument[] Documents() => new[] { new TestDocument("/project/docs/report.txt", Report) };

    private static string WithCuration(string rules) => "{\n  \"version\": 1,\n  \"curation\": [\n" + rules + "\n  ]\n}\n";

    private static string Use(string expression) => "namespace Consumer { internal static class Use { internal static object Value => " + expression + "; } }";

    [Fact]
    public void RenameGivesTheFactTheCuratedName()
    {
        var result = Run(Documents(), WithCuration("{ \"action\": \"rename\", \"member\": \"Casualties.SoldiersKilled\", \"to\": \"BorderSoldiersKilled\" }"),
            Use("TestFacts.Facts.Casualties.BorderSoldiersKilled"));

        result.AssertCompiles();
        Assert.DoesNotContain("SoldiersKilled =", result.Source("Facts.Report.g.cs").Replace("BorderSoldiersKilled =", string.Empty, StringComparison.Ordinal));
        Assert.Contains("\"Casualties.BorderSoldiersKilled\"", result.Source("Facts.Report.g.cs"));
    }

    [Fact]
    public void CurationWinsOverTheLockFile()
    {
        var locked = LockJson(Documents());
        var curated = locked.Replace("\"curation\": []", "\"curation\": [ { \"action\": \"rename\", \"member\": \"People.AnaRuiz\", \"to\": \"DefenceMinister\" } ]", StringComparison.Ordinal);
        var result = Run(Documents(), curated, Use("TestFacts.Facts.People.DefenceMinister.Name"));

        result.AssertCompiles();
        Assert.DoesNotContain(" AnaRuiz =", result.Source("Facts.Report.g.cs"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FACTS018");
    }

    [Fact]
    public void RenameRuleStillAppliesAfterTheLockFileRecordedIt()
    {
        var rules = WithCuration("{ \"action\": \"rename\", \"member\": \"People.AnaRuiz\", \"to\": \"DefenceMinister\" }");
        var relocked = LockJson(Documents(), rules);
        Assert.Contains("\"member\": \"People.DefenceMinister\"", relocked);

        var result = Run(Documents(), relocked, Use("TestFacts.Facts.People.DefenceMinister.Name"));
        result.AssertCompiles();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS018" or "FACTS014");
    }

    [Fact]
    public void ExcludeRemovesTheFactAndTheLockFileRemembersIt()
    {
        var rules = WithCuration("{ \"action\": \"exclude\", \"member\": \"People.AnaRuiz\" }");
        var result = Run(Documents(), rules);
        Assert.DoesNotContain("AnaRuiz", result.Source("Facts.Report.g.cs"));

        var relocked = LockJson(Documents(), rules);
        Assert.Contains("\"excluded\": true", relocked);
        var again = Run(Documents(), relocked);
        Assert.DoesNotContain("AnaRuiz", again.Source("Facts.Report.g.cs"));
        Assert.DoesNotContain(again.Diagnostics, d => d.Id is "FACTS014" or "FACTS018");
    }

    [Fact]
    public void RecategorizeMovesAQuantityToAnotherCategory()
    {
        var result = Run(Documents(), WithCuration("{ \"action\": \"recategorize\", \"member\": \"Casualties.SoldiersKilled\", \"category\": \"military\" }"),
            Use("TestFacts.Facts.Military.SoldiersKilled"));

        result.AssertCompiles();
        Assert.Contains("\"Military.SoldiersKilled\", 7m, null, global::TestFacts.Qualifier.Exact, \"people\", \"military\"", result.Source("Facts.Report.g.cs"));
    }

    [Fact]
    public void AddedFactIsGeneratedWithItsEvidenceLocatedInTheDocument()
    {
        var rule = "{ \"action\": \"add\", \"member\": \"Military.TroopsDeployed\", \"document\": \"report.txt\", \"kind\": \"quantity\", \"value\": 1960, "
            + "\"unit\": \"people\", \"about\": \"troops deployed\", \"evidence\": \"1,960 troops were deployed\" }";
        var result = Run(Documents(), WithCuration(rule), "namespace Consumer { internal static class Use { internal const int Troops = TestFacts.Facts.Military.TroopsDeployed; } }");

        result.AssertCompiles();
        var source = result.Source("Facts.Report.g.cs");
        Assert.Contains("public const int TroopsDeployed = 1960;", source);
        Assert.Contains("new global::TestFacts.Evidence(\"report.txt\", 4, 1, \"1,960 troops were deployed\", \"1,960 troops were deployed along the line.\")", source);
    }

    [Fact]
    public void AddedFactWhoseEvidenceIsNotInTheDocumentIsAnError()
    {
        var rule = "{ \"action\": \"add\", \"member\": \"Military.TanksLost\", \"document\": \"report.txt\", \"value\": 12, \"evidence\": \"12 tanks were lost\" }";
        var result = Run(Documents(), WithCuration(rule));

        var error = Single(result, "FACTS017");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("'Military.TanksLost'", Message(error));
        Assert.Contains("\u201C12 tanks were lost\u201D", Message(error));
        Assert.Equal(LockPath, error.Location.GetLineSpan().Path);
        Assert.DoesNotContain("TanksLost", result.Source("Facts.Report.g.cs"));
    }

    [Fact]
    public void RuleThatMatchesNoFactIsAWarningAtTheRule()
    {
        var result = Run(Documents(), WithCuration("{ \"action\": \"exclude\", \"member\": \"Casualties.Nothing\" }"));

        var warning = Single(result, "FACTS018");
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        Assert.Contains("exclude Casualties.Nothing", Message(warning));
        Assert.Equal(3, warning.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void RuleWithAnUnknownActionIsAnErrorAndTheOthersStillApply()
    {
        var result = Run(Documents(), WithCuration("{ \"action\": \"delete\", \"member\": \"People.AnaRuiz\" },\n{ \"action\": \"exclude\", \"member\": \"People.AnaRuiz\" }"));

        Assert.Contains("unknown action 'delete'", Message(Single(result, "FACTS016")));
        Assert.DoesNotContain("AnaRuiz", result.Source("Facts.Report.g.cs"));
    }

    [Fact]
    public void RenameToAClassOfAnotherKindIsRejected()
    {
        var result = Run(Documents(), WithCuration("{ \"action\": \"rename\", \"member\": \"People.AnaRuiz\", \"to\": \"Casualties.AnaRuiz\" }"));

        Assert.Contains("not a member path of a person", Message(Single(result, "FACTS016")));
        Assert.Contains("AnaRuiz", result.Source("Facts.Report.g.cs"));
        result.AssertCompiles();
    }

    [Fact]
    public void AddedPersonAndQuoteAreGeneratedAsRecords()
    {
        var rules = "{ \"action\": \"add\", \"member\": \"People.BorderCommander\", \"document\": \"report.txt\", \"kind\": \"person\", \"value\": \"the border commander\", \"evidence\": \"near the border\" },\n"
            + "{ \"action\": \"add\", \"member\": \"Quotes.RuizVisit\", \"document\": \"report.txt\", \"kind\": \"quote\", \"value\": \"visited the area\", \"speaker\": \"Ana Ruiz\", \"evidence\": \"visited the area\" }";
        var result = Run(Documents(), WithCuration(rules),
            Use("TestFacts.Facts.People.BorderCommander.Name + TestFacts.Facts.Quotes.RuizVisit.Speaker.Name"));

        result.AssertCompiles();
        var source = result.Source("Facts.Report.g.cs");
        Assert.Contains("BorderCommander = new global::TestFacts.Person(\"the border commander\"", source);
        Assert.Contains("RuizVisit = new global::TestFacts.Quote(new global::TestFacts.Speaker(\"Ana Ruiz\", global::TestFacts.SpeakerKind.Person), \"visited the area\"", source);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS017" or "FACTS018");
    }

    [Fact]
    public void RulesNameACollidingFactByItsSuffixedName()
    {
        var documents = new[] { new TestDocument("/project/docs/report.txt", "Report\n7 soldiers were killed on Monday.\n3 soldiers were killed on Tuesday.\n") };
        var result = Run(documents, WithCuration("{ \"action\": \"rename\", \"member\": \"Casualties.SoldiersKilled2\", \"to\": \"SoldiersKilledTuesday\" }"),
            "namespace Consumer { internal static class Use { internal const int Monday = TestFacts.Facts.Casualties.SoldiersKilled; internal const int Tuesday = TestFacts.Facts.Casualties.SoldiersKilledTuesday; } }");

        result.AssertCompiles();
        Assert.Contains("public const int SoldiersKilledTuesday = 3;", result.Source("Facts.Report.g.cs"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FACTS006" or "FACTS018");
    }
}
