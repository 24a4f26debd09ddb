using System.Linq;
using System.Text.Json;

namespace FactsGenerator.Cli.Tests;

/// <summary><c>facts extract --format json</c> writes the evaluation corpus's gold-file shape.</summary>
public class JsonFormatTests
{
    /// <summary>Runs <c>facts extract --format json</c> with the real engine (not the fixed-rule one of <see cref="CommandRunner.Run"/>).</summary>
    private static JsonElement[] Extract(string text, string property)
    {
        using var cli = new CommandRunner();
        cli.Write("report.txt", text);
        var output = new System.IO.StringWriter();
        var exit = Program.Run(new[] { "extract", cli.Docs, "--format", "json" }, output, new System.IO.StringWriter());
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString());
        return document.RootElement.GetProperty(property).EnumerateArray().Select(q => q.Clone()).ToArray();
    }

    private static JsonElement[] Quantities(string text) => Extract(text, "quantities");

    private const string QuotedReport =
        "Harbour report\n\n\"We will rebuild the pier,\" the harbour master Jonas Whitfield said on Monday.\n\n" +
        "A sign at the gate read: \"The harbour is closed until the storm has passed and the pier is safe again.\"\n";

    [Fact]
    public void QuotesListOnlyQuotationsWithAStatedSpeaker()
    {
        var quotes = Extract(QuotedReport, "quotes");

        var quote = Assert.Single(quotes);
        Assert.Equal("Jonas Whitfield", quote.GetProperty("speaker").GetString());
        Assert.StartsWith("We will rebuild the pier", quote.GetProperty("text").GetString());
    }

    [Fact]
    public void QuotationsWithoutASpeakerKeepTheirOwnArray()
    {
        var unattributed = Extract(QuotedReport, "unattributed_quotes");

        var quote = Assert.Single(unattributed);
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        Assert.StartsWith("The harbour is closed", quote.GetProperty("text").GetString());
    }

    [Fact]
    public void ARangeIsWrittenAsItsTwoEndsWithTheQualifiersThatBoundThem()
    {
        var quantities = Quantities("Flood report\n\nBetween 36 and 40 people were missing after the flood.\n");

        var ends = quantities.Where(q => q.GetProperty("about").GetString()!.Contains("missing")).ToArray();
        Assert.Equal(2, ends.Length);
        Assert.Equal((36m, "at_least"), (ends[0].GetProperty("value").GetDecimal(), ends[0].GetProperty("qualifier").GetString()));
        Assert.Equal((40m, "up_to"), (ends[1].GetProperty("value").GetDecimal(), ends[1].GetProperty("qualifier").GetString()));
        Assert.Equal(ends[0].GetProperty("name").GetString(), ends[1].GetProperty("name").GetString());
    }

    [Fact]
    public void AnApproximateRangeKeepsAboutOnBothEnds()
    {
        var quantities = Quantities("Storm report\n\nAround 200 to 300 homes were damaged by the storm.\n");

        var ends = quantities.Where(q => q.GetProperty("value").ValueKind == JsonValueKind.Number && q.GetProperty("value").GetDecimal() is 200m or 300m).ToArray();
        Assert.Equal(2, ends.Length);
        Assert.All(ends, q => Assert.Equal("about", q.GetProperty("qualifier").GetString()));
    }
}
