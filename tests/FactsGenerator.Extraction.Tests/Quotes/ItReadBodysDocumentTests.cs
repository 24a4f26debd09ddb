using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," it read" (or "it said") after a sentence naming a body's document ("a VISCO statement", "the Velm Port
/// Authority's statement") speaks for that body; only a document reads, so "it read" never takes a body up by itself.
/// </summary>
public class ItReadBodysDocumentTests
{
    private const string Opening = "Two workers died at the Velm Iron and Steel Company (VISCO) plant on Saturday.\n\n";

    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Theory]
    [InlineData("According to a VISCO statement, the blast happened at 4 am. \"The crisis plan was put into action within minutes,\" it read.")]
    [InlineData("According to a VISCO statement, the blast happened at 4 am. \"The crisis plan was put into action within minutes,\" it said.")]
    [InlineData("A VISCO press statement gave the time as 4 am. \"The crisis plan was put into action within minutes,\" it read.")]
    public void ItIsTheDocumentOfTheBodyNamedBeforeIt(string sentence)
    {
        Assert.Equal("Velm Iron and Steel Company", SpeakerOf(Opening + sentence, "The crisis plan"));
    }

    [Fact]
    public void ItReadAfterAStatementReleasedByABody()
    {
        const string text = "The Velm Iron and Steel Company released a statement on Saturday. \"The crisis plan was put into action within minutes,\" it read.";
        Assert.Equal("Velm Iron and Steel Company", SpeakerOf(text, "The crisis plan"));
    }

    [Theory]
    [InlineData("According to a Tolland statement, the blast happened at 4 am.")]
    [InlineData("The blast happened at 4 am, the plant's workers said.")]
    public void APlaceOrNoDocumentGivesNoMaker(string before)
    {
        // (A place makes no statement, and without a document "it read" stands for nothing.)
        var text = "Two workers died near Tolland on Saturday.\n\n" + before + " \"The crisis plan was put into action within minutes,\" it read.";
        Assert.Null(SpeakerOf(text, "The crisis plan"));
    }

    [Fact]
    public void ABodysDocumentThatOthersActOnMakesNoMaker()
    {
        // (The protesters' banner reads, not the bank's statement.)
        const string text = "Protesters mocked a Kestrel Bank statement outside its head office. \"We stole your savings,\" it read.";
        Assert.DoesNotContain(Extract.From(text).Quotes, q => q.Speaker == "Kestrel Bank");
    }
}
