using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// ""...," it said" after a sentence that opens with "the company" (or "the court") taking up a body named before, or
/// after one whose own reporting clause is "it said", speaks for that body.
/// </summary>
public class ItAfterDescribedBodyTests
{
    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void ItAfterTheCompanyIsTheCompanyNamedBefore()
    {
        const string text = "Orvane Metals Corp. said a fire broke out at its smelter on Friday.\n\n"
            + "The company, whose plants employ 4,000 people, stopped all furnaces overnight.\n\n"
            + "\"We shut the furnaces down to keep our crews safe,\" it said.";
        Assert.Equal("Orvane Metals Corp.", SpeakerOf(text, "We shut"));
    }

    [Fact]
    public void ItAfterTheCourtIsTheCourtNamedBefore()
    {
        const string text = "The sentence was handed down by the Velm High Court on Tuesday.\n\n"
            + "The court said the former mayor had taken bribes for six years.\n\n"
            + "\"As he returned the money, he shall be given a lighter sentence,\" it said.";
        Assert.Equal("Velm High Court", SpeakerOf(text, "As he returned"));
    }

    [Fact]
    public void ItAfterAnotherItSaidGoesBackToTheBody()
    {
        const string text = "Orvane Metals Corp. said a fire broke out at its smelter on Friday.\n\n"
            + "The company stopped all furnaces overnight.\n\n"
            + "The stop was brief, it said, with inspectors called in.\n\n"
            + "\"We shut the furnaces down to keep our crews safe,\" it said.";
        Assert.Equal("Orvane Metals Corp.", SpeakerOf(text, "We shut"));
    }

    [Theory]
    [InlineData("The minister stopped all furnaces overnight.")]
    [InlineData("The company chief stopped all furnaces overnight.")]
    [InlineData("The stop was brief, inspectors said.")]
    public void ADescriptionOfAPersonOrOfNothingPassesNoBodyOn(string middle)
    {
        // (A minister, a firm's chief and a stop are no body: "it" stands for nobody.)
        var text = "Orvane Metals Corp. said a fire broke out at its smelter on Friday.\n\n" + middle
            + "\n\n\"We shut the furnaces down to keep our crews safe,\" it said.";
        Assert.Null(SpeakerOf(text, "We shut"));
    }
}
