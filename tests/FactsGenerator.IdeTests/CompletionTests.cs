using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;

namespace FactsGenerator.IdeTests;

/// <summary>Typing <c>Facts.</c> lists the fact categories, as the product promises.</summary>
[Collection(SeedWorkspaceCollection.Name)]
public sealed class CompletionTests(SeedWorkspace workspace)
{
    public static readonly string[] Categories =
    [
        "Casualties", "Displacement", "Durations", "Population", "Money", "Military", "Figures",
        "People", "Places", "Organizations", "Quotes", "Timeline", "Sources", "All", "Find",
    ];

    [Fact]
    public async Task CompletionAfterFactsDotListsEveryCategory()
    {
        var (document, position) = workspace.Open("""
            class Consumer
            {
                void Explore()
                {
                    _ = SeedFacts.Facts.$$
                }
            }
            """);

        await AssertOffersAsync(document, position, "SeedFacts.Facts.", Categories);
    }

    [Fact]
    public async Task CompletionAfterCategoryDotListsItsFactsAndAll()
    {
        var (document, position) = workspace.Open("""
            class Consumer
            {
                int Killed() => SeedFacts.Facts.Casualties.$$
            }
            """);

        await AssertOffersAsync(document, position, "SeedFacts.Facts.Casualties.", ["PeacekeepersKilled", "All"]);
    }

    private async Task AssertOffersAsync(Document document, int position, string typed, string[] expected)
    {
        var service = CompletionService.GetService(document);
        Assert.NotNull(service);
        var completions = await service.GetCompletionsAsync(document, position);
        var offered = completions.ItemsList.Select(item => item.DisplayText).ToHashSet();

        var missing = expected.Where(name => !offered.Contains(name)).ToList();
        Assert.True(missing.Count == 0,
            $"Completion after '{typed}' lacks: " + string.Join(", ", missing)
            + ". Offered: [" + string.Join(", ", offered.Order()) + "]. " + await workspace.DescribeGeneratedCodeAsync(document));
    }
}
