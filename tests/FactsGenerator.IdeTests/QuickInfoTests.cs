using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.QuickInfo;

namespace FactsGenerator.IdeTests;

/// <summary>Hovering a generated member shows its value and the sentence it came from.</summary>
[Collection(SeedWorkspaceCollection.Name)]
public sealed class QuickInfoTests(SeedWorkspace workspace)
{
    [Fact]
    public async Task QuickInfoOnPeacekeepersKilledShowsValueAndEvidence()
    {
        var tooltip = await QuickInfoAsync("const int killed = SeedFacts.Facts.Casualties.Peacekeepers$$Killed;");

        Assert.True(tooltip.Contains("PeacekeepersKilled = 4", StringComparison.Ordinal),
            "The quick info does not show the constant's value 4: " + tooltip);
        Assert.True(tooltip.Contains("four service personnel killed", StringComparison.Ordinal),
            "The quick info does not show the evidence sentence: " + tooltip);
    }

    [Fact]
    public async Task QuickInfoOnSourceShowsItsFileName()
    {
        var tooltip = await QuickInfoAsync("var source = SeedFacts.Facts.Sources.NagornoKarabakh$$Ceasefire;");

        Assert.True(tooltip.Contains("Facts.Sources.NagornoKarabakhCeasefire", StringComparison.Ordinal),
            "The quick info does not name the member: " + tooltip);
        Assert.True(tooltip.Contains("nagorno-karabakh-ceasefire.txt", StringComparison.Ordinal),
            "The quick info does not show the source document's file name: " + tooltip);
    }

    /// <summary>The text of every quick info section at the caret, one section a line.</summary>
    private async Task<string> QuickInfoAsync(string statement)
    {
        var (document, position) = workspace.Open("class Consumer { void Hover() { " + statement + " } }");
        var service = QuickInfoService.GetService(document);
        Assert.NotNull(service);

        var item = await service.GetQuickInfoAsync(document, position);
        Assert.True(item is not null, "No quick info at the caret in: " + statement + ". " + await workspace.DescribeGeneratedCodeAsync(document));
        return string.Join(Environment.NewLine, item.Sections.Select(section => section.Kind + ": " + section.Text));
    }
}
