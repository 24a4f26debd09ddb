using System;
using System.IO;

namespace FactsGenerator.Cli.Tests;

/// <summary><c>facts extract --lock</c> names facts exactly as the generator does with the same lock file.</summary>
public class ExtractWithLockTests
{
    private const string Report = "Border report\n7 soldiers were killed near the border on Monday.\nMinister Ana Ruiz visited the area.\n";

    private static void Pin(CommandRunner cli, string from, string to)
    {
        cli.Run("lock", cli.Docs, "--lock", cli.LockPath);
        File.WriteAllText(cli.LockPath, cli.LockText.Replace("\"member\": \"" + from + "\"", "\"member\": \"" + to + "\"", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonUsesTheLockedMemberNames()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        Pin(cli, "Casualties.SoldiersKilled", "Casualties.BorderDeaths");

        var (exit, output, _) = cli.Run("extract", cli.Docs, "--format", "json", "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("\"name\": \"Casualties.BorderDeaths\"", output);
        Assert.DoesNotContain("Casualties.SoldiersKilled", output);
    }

    [Fact]
    public void CSharpPreviewRunsTheGeneratorWithTheLockFile()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        Pin(cli, "Casualties.SoldiersKilled", "Casualties.BorderDeaths");

        var (exit, output, _) = cli.Run("extract", cli.Docs, "--format", "csharp", "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("public const int BorderDeaths = 7;", output);
    }

    [Fact]
    public void CSharpPreviewShowsLostEvidenceAsAnError()
    {
        using var cli = new CommandRunner();
        var path = cli.Write("report.txt", Report);
        cli.Run("lock", cli.Docs, "--lock", cli.LockPath);
        File.WriteAllText(path, "Border report\nMinister Ana Ruiz visited the area.\n");

        var (_, _, errors) = cli.Run("extract", cli.Docs, "--format", "csharp", "--lock", cli.LockPath);

        Assert.Contains("error FACTS012", errors);
        Assert.Contains("Casualties.SoldiersKilled", errors);
    }

    [Fact]
    public void TableAppliesCurationRules()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);
        File.WriteAllText(cli.LockPath, "{ \"version\": 1, \"curation\": [ { \"action\": \"exclude\", \"member\": \"People.AnaRuiz\" } ] }");

        var (exit, output, _) = cli.Run("extract", cli.Docs, "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("People (0)", output);
        Assert.Contains("Casualties.SoldiersKilled", output);
    }

    [Fact]
    public void MissingLockFileIsAnError()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report);

        var (exit, _, errors) = cli.Run("extract", cli.Docs, "--lock", Path.Combine(cli.Folder, "nope.json"));

        Assert.Equal(1, exit);
        Assert.Contains("cannot read the lock file", errors);
    }

    [Fact]
    public void JsonAppliesRecategorizeAndAddedFacts()
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", Report + "1,960 troops were deployed along the line.\n");
        File.WriteAllText(cli.LockPath, "{ \"version\": 1, \"curation\": [\n"
            + "{ \"action\": \"recategorize\", \"member\": \"Casualties.SoldiersKilled\", \"category\": \"military\" },\n"
            + "{ \"action\": \"add\", \"member\": \"Military.TroopsDeployed\", \"document\": \"report.txt\", \"value\": 1960, \"unit\": \"people\", \"about\": \"troops deployed\", \"evidence\": \"1,960 troops were deployed\" } ] }");

        var (exit, output, _) = cli.Run("extract", cli.Docs, "--format", "json", "--lock", cli.LockPath);

        Assert.Equal(0, exit);
        Assert.Contains("\"name\": \"Military.SoldiersKilled\"", output);
        Assert.Contains("\"name\": \"Military.TroopsDeployed\"", output);
        Assert.Contains("\"category\": \"military\"", output);
        Assert.Contains("\"line\": 4", output);
    }

    [Fact]
    public void TheSameFactInTwoDocumentsHasOneNameInBoth()
    {
        using var cli = new CommandRunner();
        cli.Write("agency.txt", "Agency\n7 soldiers were killed near the border.\n");
        cli.Write("paper.txt", "Paper\nOfficials said 7 soldiers were killed.\n");

        var (exit, output, errors) = cli.Run("extract", cli.Docs, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(2, output.Split("\"name\": \"Casualties.SoldiersKilled\"").Length - 1);
        Assert.DoesNotContain("FACTS019", errors);
    }
}
