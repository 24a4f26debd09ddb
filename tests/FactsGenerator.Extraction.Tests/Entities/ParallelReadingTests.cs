using System.Linq;
using System.Threading;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The generator reads documents on several threads at once, and the engine remembers answers per thread
/// (name keys, person-name words, countries): every thread must give what one thread alone gives.</summary>
public class ParallelReadingTests
{
    private const string Body =
        "TARSKBY, Calif. (AP) - Sen. Tomas Brandt, R-Ohio, visited County Orrin on Monday. "
        + "Ana Velasco, a Democrat from Ohio, met him at Kestrel Lodge & Tavern in Lisbon.\n\n"
        + "Farmers in northern Brennholt said 40 boats had come from Orra-ku, a town near Harlow, N.Y.";

    [Fact]
    public void DocumentsReadAtOnceOnSeveralThreadsGiveWhatOneThreadGives()
    {
        const int ThreadCount = 4;
        const int Rounds = 20;
        var alone = Describe(Extract.From(Body));
        Assert.Contains("person Tomas Brandt | senator | Republican", alone);
        Assert.Contains("place New York | N.Y.", alone);
        Assert.Contains("place Orra-ku | Orra", alone);
        var results = new string[ThreadCount];
        using var start = new Barrier(ThreadCount);
        var threads = Enumerable.Range(0, ThreadCount).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var last = string.Empty;
            for (var round = 0; round < Rounds; round++)
            {
                last = Describe(Extract.From(Body));
            }

            results[t] = last;
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.All(results, result => Assert.Equal(alone, result));
    }

    private static string Describe(DocumentFacts facts) => string.Join("\n",
        facts.People.Select(p => $"person {p.Name} | {p.Role} | {p.Affiliation}")
            .Concat(facts.Places.Select(p => $"place {p.Name} | {string.Join(", ", p.Aliases)}"))
            .Concat(facts.Organizations.Select(o => $"body {o.Name} | {string.Join(", ", o.Aliases)}")));
}
