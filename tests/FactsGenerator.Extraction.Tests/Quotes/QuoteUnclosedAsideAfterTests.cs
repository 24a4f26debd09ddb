using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// After the quotation, a description of the speaker whose closing comma was left out: ""...," Name, head of the
/// brigade told reporters" gives Name, as ""...," Name, head of the brigade, told reporters" does; before the quotation
/// "Name, head of the brigade said ..." too.
/// </summary>
public class QuoteUnclosedAsideAfterTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("\u201CThe valley roads will stay shut until the water drops,\u201D Marta Velund, head of the county fire brigade told reporters.")]
    [InlineData("\u201CThe valley roads will stay shut until the water drops,\u201D Marta Velund, the spokeswoman for the Velm Relief Agency said in a briefing in Tolland.")]
    [InlineData("\u201CThe valley roads will stay shut until the water drops,\u201D Marta Velund, deputy director of the agency's flood unit said.")]
    public void TheNamedSpeakerBeforeAnUnclosedDescriptionSpeaks(string text)
    {
        Assert.Equal("Marta Velund", Quote(Extract.From(text), "The valley roads").Speaker);
    }

    [Fact]
    public void AVerbOfSayingInsideARelativeClauseIsNotTheSpeakers()
    {
        var facts = Extract.From("\u201CThe valley roads will stay shut until the water drops,\u201D Marta Velund, head of the brigade that the police said was to blame.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Marta Velund");
    }

    [Fact]
    public void AVerbFollowedByItsOwnReportIsNotTheQuotationsAttribution()
    {
        var facts = Extract.From("\u201CThe valley roads will stay shut,\u201D Marta Velund, head of the county fire brigade said the roads would reopen on Monday once the storm has passed through the valley and the crews have cleared them.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Marta Velund" && q.Text.StartsWith("The valley roads", System.StringComparison.Ordinal));
    }

    [Fact]
    public void BeforeTheQuotationAnOfficeWithoutArticleOpensTheUnclosedDescription()
    {
        var facts = Extract.From("Marta Velund, head of the county fire brigade said the valley roads were \"completely impassable\" on Monday.");
        Assert.Equal("Marta Velund", Quote(facts, "completely impassable").Speaker);
    }

    // Any office word opens it, as it opens an office after a body: a role head, a person noun, a title.
    [Theory]
    [InlineData("Marta Velund, nurse at the Tolland clinic said the valley roads were \"completely impassable\" on Monday.")]
    [InlineData("Marta Velund, Minister for Roads said the valley roads were \"completely impassable\" on Monday.")]
    public void BeforeTheQuotationAnyOfficeWordOpensTheUnclosedDescription(string text)
    {
        Assert.Equal("Marta Velund", Quote(Extract.From(text), "completely impassable").Speaker);
    }

    [Fact]
    public void BeforeTheQuotationATimeAsideIsNoDescription()
    {
        var facts = Extract.From("Marta Velund, yesterday afternoon said the valley roads were \"completely impassable\" on Monday.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Marta Velund");
    }

    [Fact]
    public void BeforeTheQuotationAReportingAsideIsNoDescription()
    {
        var facts = Extract.From("Marta Velund, police said, was \"completely drunk\" on the night of the crash.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Marta Velund");
    }
}
