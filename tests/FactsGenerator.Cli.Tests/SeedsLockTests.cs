using System;
using System.IO;

namespace FactsGenerator.Cli.Tests;

/// <summary>The real engine over the real seeds: the command the lead runs to create src/SeedFacts/facts.lock.json round-trips without drift.</summary>
public class SeedsLockTests
{
    [Fact]
    public void LockOverTheSeedsIsStableAndPassesItsOwnCheck()
    {
        var seeds = Path.Combine(global::FactsGenerator.TestSupport.RepositoryRoot.Path, "seeds");
        var lockPath = Path.Combine(Path.GetTempPath(), "facts-seeds-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var stdout = new StringWriter();
            Assert.Equal(0, Program.Run(new[] { "lock", seeds, "--lock", lockPath }, stdout, new StringWriter()));
            var first = File.ReadAllText(lockPath);
            Assert.StartsWith("{\n  \"version\": 1,", first);

            Assert.Equal(0, Program.Run(new[] { "lock", seeds, "--lock", lockPath, "--check" }, new StringWriter(), new StringWriter()));
            Assert.Equal(0, Program.Run(new[] { "lock", seeds, "--lock", lockPath }, new StringWriter(), new StringWriter()));
            Assert.Equal(first, File.ReadAllText(lockPath));
        }
        finally
        {
            File.Delete(lockPath);
        }
    }

    /// <summary>The shipped SeedFacts contract matches what the engine reads from the seeds today (drift fails CI, as the README recommends).</summary>
    [Fact]
    public void ShippedSeedFactsLockFileHasNoDrift()
    {
        var root = global::FactsGenerator.TestSupport.RepositoryRoot.Path;
        var stdout = new StringWriter();
        var exit = Program.Run(new[] { "lock", Path.Combine(root, "seeds"), "--lock", Path.Combine(root, "src", "SeedFacts", "facts.lock.json"), "--check" }, stdout, stdout);
        Assert.True(exit == 0, "src/SeedFacts/facts.lock.json is out of date; review and run 'facts lock seeds --lock src/SeedFacts/facts.lock.json':\n" + stdout);
    }
}
