using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Text;

/// <summary>Interview turns: labelled paragraphs, who asks and who answers, and paragraphs that go on with a turn.</summary>
public class InterviewLayoutTests
{
    private const string Bracketed =
        "Harbour chef talks to Wikinews\n\nOrla Brandt runs a kitchen on the quay.\n\n"
        + "((WN)) How did you start cooking?\n\n((Orla Brandt)) My uncle had a cafe.\n\nI washed dishes there for years.\n\n"
        + "((WN)) What comes next?\n\n((Orla Brandt)) A second kitchen.";

    private static InterviewLayout Layout(string text) => AnalyzedText.Analyze(text).Interview;

    [Fact]
    public void LabelledParagraphsAreTurnsAndTheRestGoesOnWithThem()
    {
        var layout = Layout(Bracketed);
        Assert.True(layout.IsInterview);
        Assert.Equal("Orla Brandt", layout.Interviewee);
        Assert.Null(layout.TurnAt(Bracketed.IndexOf("runs a kitchen", System.StringComparison.Ordinal)));
        Assert.True(layout.TurnAt(Bracketed.IndexOf("How did", System.StringComparison.Ordinal))!.IsInterviewer);
        var continued = layout.TurnAt(Bracketed.IndexOf("washed dishes", System.StringComparison.Ordinal))!;
        Assert.False(continued.IsInterviewer);
        Assert.Equal("Orla Brandt", continued.Speaker);
    }

    [Fact]
    public void InitialsThatMostlyAskAreTheInterviewers()
    {
        var text = "Candidate answers\n\nAn introduction.\n\n((JQP)) : Why run?\n\n((JQP)) : What would you change?\n\n((JQP)) : Who inspires you?";
        var layout = Layout(text);
        Assert.True(layout.IsInterview);
        Assert.True(layout.TurnAt(text.IndexOf("Who inspires", System.StringComparison.Ordinal))!.IsInterviewer);
        Assert.Null(layout.Interviewee);
    }

    [Fact]
    public void InitialsBeforeAColonStandForTheNameLabelledBefore()
    {
        var text = "Ecologist answers\n\nIntro.\n\n((WN)) Why gulls?\n\nTessa Morrow: I grew up by the sea.\n\n((WN)) How long?\n\nTM: Four summers.\n\n((WN)) Next?\n\nTM: More gulls.";
        var layout = Layout(text);
        Assert.Equal("Tessa Morrow", layout.Interviewee);
        Assert.Equal("Tessa Morrow", layout.TurnAt(text.IndexOf("Four summers", System.StringComparison.Ordinal))!.Speaker);
    }

    [Fact]
    public void InitialsWithPeriodsStandForTheNameLabelledBefore()
    {
        var text = "Ecologist answers\n\nIntro.\n\n((WN)) Why gulls?\n\nTessa Morrow: I grew up by the sea.\n\n((WN)) How long?\n\nT.M.: Four summers.";
        Assert.Equal("Tessa Morrow", Layout(text).TurnAt(text.IndexOf("Four summers", System.StringComparison.Ordinal))!.Speaker);
    }

    [Fact]
    public void TwoLabelsOrALanguageMarkAreNoInterview()
    {
        Assert.False(Layout("Title\n\nNote: the road is shut.\n\nUpdate: it opened again.\n\nThe council met.").IsInterview);
        Assert.False(Layout("Title\n\n((hi)) one.\n\n((hi)) two.\n\n((hi)) three.").IsInterview);
    }

    [Fact]
    public void ACaptionCreditGluedToANameIsNoLabel()
    {
        var text = "Race update\n\nOrla BrandtImage: Harbour Archive.\n\nTessa MorrowImage: Jo Kim.\n\nIan McCoyImage: Jo Kim.\n\nThe race goes on.";
        Assert.False(Layout(text).IsInterview);
        text = "Race update\n\nOrla Brandt Image: Harbour Archive.\n\nTessa Morrow Image: Jo Kim.\n\nIan McCoy Photo: Jo Kim.\n\nThe race goes on.";
        Assert.False(Layout(text).IsInterview);
    }
}
