using System;
using System.Linq;

namespace FactsGenerator.PackageTests;

/// <summary>
/// The package's targets hand a <c>FactsLock</c> item to the generator: its curation rules shape the library a consumer
/// compiles against, and a locked sentence that is gone fails the build.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class FactsLockConsumerTests(PackedPackages packages)
{
    private const string Article = """
        Bridge reopens in Millbrook

        The town council of Millbrook reopened the old stone bridge on Saturday after repairs that took 14 months.
        The council engineer, Tomas Lindqvist, said the bridge can now carry 40 tonnes.
        """;

    private const string Curation = """
        {
          "version": 1,
          "facts": [],
          "curation": [
            { "action": "rename", "member": "People.TomasLindqvist", "to": "CouncilEngineer" }
          ]
        }
        """;

    private const string LostSentence = """
        {
          "version": 1,
          "facts": [
            {
              "member": "Durations.RepairMonths",
              "type": "int",
              "document": "bridge.txt",
              "kind": "quantity",
              "value": 18,
              "qualifier": "exact",
              "unit": "months",
              "about": "repairs",
              "evidence": "repairs that took 18 months",
              "sentence": "The bridge reopened after repairs that took 18 months."
            }
          ],
          "curation": []
        }
        """;

    private ConsumerProject Consumer(string name, string lockJson, string program) =>
        new ConsumerProject(packages, name)
            .ReferencePackage(packages.Generator)
            .AddProjectItem("""<FactSource Include="bridge.txt" />""")
            .AddProjectItem("""<FactsLock Include="facts.lock.json" />""")
            .AddFile("bridge.txt", Article)
            .AddFile("facts.lock.json", lockJson)
            .AddFile("Program.cs", program);

    [Fact]
    public void CurationRulesInTheLockFileRenameMembersTheConsumerCompilesAgainst()
    {
        var run = Consumer("LockedConsumer", Curation, """
            System.Console.WriteLine(LockedConsumer.Facts.People.CouncilEngineer.Name);
            """).BuildAndRun();

        Assert.True(run.Succeeded, run.Describe());
        Assert.True(run.OutputLines.SequenceEqual(new[] { "Tomas Lindqvist" }), run.Describe());
    }

    [Fact]
    public void ALockedSentenceThatIsGoneFailsTheBuildWithFacts012()
    {
        var run = Consumer("DriftedConsumer", LostSentence, """
            System.Console.WriteLine(DriftedConsumer.Facts.Sources.All.Count);
            """).BuildAndRun();

        Assert.False(run.Succeeded, run.Describe());
        Assert.Contains("FACTS012", run.Describe(), StringComparison.Ordinal);
    }
}
