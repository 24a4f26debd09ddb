using System;
using System.IO;

namespace FactsGenerator.Cli.Tests;

/// <summary><c>facts lock</c>: writes the lock file, keeps pins and curation, and with --check fails on drift.</summary>
public class LockCommandTests
{
    private const string Report = "Border report\n7 soldiers were killed near the border on Monday.\nMinister Ana Ruiz visited the area.\n";

    [Fact]
    public void LockWritesEveryMemberWithTypeDocumentAndEvidence()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);

        var (exit, output, _) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("2 fact(s), 2 added, 0 removed, 0 changed", output);
        var text = cli.LockText;
        Assert.Contains("\"member\": \"Casualties.SoldiersKilled\"", text);
        Assert.Contains("\"type\": \"int\"", text);
        Assert.Contains("\"document\": \"report.txt\"", text);
        Assert.Contains("\"sentence\": \"7 soldiers were killed near the border on Monday.\"", text);
        Assert.Contains("\"member\": \"People.AnaRuiz\"", text);
    }

    [Fact]
    public void LockTwiceWritesTheSameBytes()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        cli.Run("lock", cli.Docs, "--lock", cli.LockPath);
        var first = cli.LockText;

        var (exit, output, _) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Equal(first, cli.LockText);
        Assert.Contains("0 added, 0 removed, 0 changed", output);
    }

    [Fact]
    public void CheckPassesWhenTheLockFileIsUpToDate()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        var (exit, output, _) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath, "--check");

        Assert.Equal(0, exit);
        Assert.Contains("is up to date (2 fact(s))", output);
    }

    [Fact]
    public void CheckFailsOnDriftListsTheChangesAndWritesNothing()
    {
        using var cli = new CommandRunner();
        var path = cli.Write("report.txt", Report);
        cli.Run("lock", cli.Docs, "--lock", cli.LockPath);
        var locked = cli.LockText;
        File.WriteAllText(path, Report.Replace("7 soldiers", "9 soldiers", StringComparison.Ordinal) + "300 residents fled.\n");

        var (exit, output, errors) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath, "--check");

        Assert.Equal(1, exit);
        Assert.Contains("~ Casualties.SoldiersKilled (report.txt): int 7 ", output);
        Assert.Contains("\u2192 int 9 ", output);
        Assert.Contains("+ Displacement.ResidentsFled (report.txt)", output);
        Assert.Contains("FACTS013", errors);
        Assert.Contains("is out of date (2 change(s))", errors);
        Assert.Equal(locked, cli.LockText);
    }

    [Fact]
    public void CheckFailsWhenThereIsNoLockFile()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);

        var (exit, _, errors) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath, "--check");

        Assert.Equal(1, exit);
        Assert.Contains("there is no lock file", errors);
        Assert.False(File.Exists(cli.LockPath));
    }

    [Fact]
    public void LockAcceptsTheRemovalOfAFactWhoseEvidenceIsGoneAndReportsIt()
    {
        using var cli = new CommandRunner();
        var path = cli.Write("report.txt", Report);
        cli.Run("lock", cli.Docs, "--lock", cli.LockPath);
        File.WriteAllText(path, "Border report\nMinister Ana Ruiz visited the area.\n");

        var (exit, output, errors) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("FACTS012", errors);
        Assert.Contains("- Casualties.SoldiersKilled (report.txt)", output);
        Assert.DoesNotContain("SoldiersKilled", cli.LockText);
    }

    [Fact]
    public void LockKeepsCurationRulesAndRecordsTheirResult()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        File.WriteAllText(cli.LockPath, "{ \"version\": 1, \"curation\": [ { \"action\": \"rename\", \"member\": \"People.AnaRuiz\", \"to\": \"DefenceMinister\" } ] }");

        var (exit, _, _) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("\"member\": \"People.DefenceMinister\"", cli.LockText);
        Assert.Contains("\"action\": \"rename\"", cli.LockText);
        Assert.Equal(0, cli.Run("lock", cli.Docs, "--lock", cli.LockPath, "--check").Exit);
    }

    [Fact]
    public void BrokenLockFileIsNeverOverwritten()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        File.WriteAllText(cli.LockPath, "{ \"facts\": [ oops ] }");

        var (exit, _, errors) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(1, exit);
        Assert.Contains("FACTS016", errors);
        Assert.Contains("nothing was written", errors);
        Assert.Equal("{ \"facts\": [ oops ] }", cli.LockText);
    }

    [Fact]
    public void ConflictingDocumentsAreReportedAndLockedUnderQualifiedNames()
    {
        using var cli = new CommandRunner();
        cli.Write("agency.txt", "Agency\n7 soldiers were killed near the border.\n");
        cli.Write("paper.txt", "Paper\n9 soldiers were killed on Monday.\n");

        var (exit, _, errors) = cli.Run("lock", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("FACTS019", errors);
        Assert.Contains("\"member\": \"Casualties.SoldiersKilled_Agency\"", cli.LockText);
        Assert.Contains("\"conflict\": \"Casualties.SoldiersKilled\"", cli.LockText);
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        using var cli = new CommandRunner();
        var (exit, _, errors) = cli.Run("lock", cli.Docs, "--frozen");
        Assert.Equal(2, exit);
        Assert.Contains("unknown option '--frozen'", errors);
    }
}
