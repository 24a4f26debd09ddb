using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "..., the Velm Relief Institute said Thursday. "...," the agency said.": a noun for a kind of body that no name word
/// gives away ("agency", "mission", "telco") stands for the body the sentence before reports with, also when its
/// reporting clause closes that sentence with a day after the verb.
/// </summary>
public class QuoteReportingBodyKindTests
{
    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheAgencyIsTheBodyReportingAtTheEndOfTheSentenceBefore()
    {
        const string Text = "Flood hits the delta\n\n"
            + "Two ferries sank in the delta overnight, the Velm Relief Institute said Thursday, in the worst storm in years.\n\n"
            + "\"We are sending boats to every village,\" the agency said.";
        Assert.Equal("Velm Relief Institute", SpeakerOf(Text, "We are sending"));
    }

    [Fact]
    public void TheMissionIsTheBodyOpeningTheSentenceBefore()
    {
        const string Text = "Patrol comes under fire\n\n"
            + "Separately, the Velm Monitoring Force said two of its towers were damaged on Friday night.\n\n"
            + "\"We remind all sides of their duty to keep our staff safe,\" the mission said.";
        Assert.Equal("Velm Monitoring Force", SpeakerOf(Text, "We remind"));
    }

    [Fact]
    public void TheGroupAfterAClosingReportingClauseWithADay()
    {
        const string Text = "Dozens hurt in port clashes\n\n"
            + "At least 40 dock workers were hurt in clashes at the port, the Velm Rights Institute said Wednesday, adding that the toll may rise.\n\n"
            + "\"The guards used batons on people who were sitting down,\" the rights group said.";
        Assert.Equal("Velm Rights Institute", SpeakerOf(Text, "The guards"));
    }

    [Fact]
    public void APersonReportingBeforeGivesTheAgencyNobody()
    {
        // The sentence before reports through a person, not a body: "the agency" is nobody the text names.
        const string Text = "Flood hits the delta\n\n"
            + "Two ferries sank in the delta overnight, harbour master Ana Ruiz said Thursday, in the worst storm in years.\n\n"
            + "\"We are sending boats to every village,\" the agency said.";
        Assert.Null(SpeakerOf(Text, "We are sending"));
    }

    [Fact]
    public void ABodyWhoseNameHoldsTheNounComesFirst()
    {
        // "the agency" for the body named "... Agency", not for the one the sentence before reports with.
        const string Text = "Flood hits the delta\n\n"
            + "The Velm Water Agency closed the dams on Monday.\n\n"
            + "Two ferries sank in the delta overnight, the Velm Relief Institute said Thursday, in the worst storm in years.\n\n"
            + "\"We are sending boats to every village,\" the agency said.";
        Assert.Equal("Velm Water Agency", SpeakerOf(Text, "We are sending"));
    }

    [Fact]
    public void AClauseGoingOnAfterTheVerbIsNoClosingReport()
    {
        // "said the talks would go on" is reported speech of its own, not a reporting clause closing the sentence.
        const string Text = "Flood hits the delta\n\n"
            + "Two ferries sank, and the Velm Relief Institute said the boats would stay in port, in the worst storm in years.\n\n"
            + "\"We are sending boats to every village,\" the mission said.";
        Assert.Null(SpeakerOf(Text, "We are sending"));
    }
}
