namespace FactsGenerator.PackageTests;

/// <summary>A program that references the SeedFacts package reads the seed figures as constants.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class SeedFactsConsumerTests(PackedPackages packages)
{
    [Fact]
    public void ConsumerOfSeedFactsPackagePrintsPeacekeepersKilledConstant()
    {
        var run = new ConsumerProject(packages, "SeedFactsConsumer")
            .ReferencePackage(packages.SeedFacts)
            .AddFile("Program.cs", """
                const int k = SeedFacts.Facts.Casualties.PeacekeepersKilled;
                System.Console.WriteLine(k);
                """)
            .BuildAndRun();

        Assert.True(run.Succeeded, run.Describe());
        Assert.True(run.OutputLines is ["4"], "Expected the program to print 4." + System.Environment.NewLine + run.Describe());
    }
}
