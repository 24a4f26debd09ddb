using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// A quotation paragraph after reported speech that names another person deep in the reported clause, as someone
/// only spoken of, is still the reporting person's.
/// </summary>
public class QuoteReportedSpeechSpokenOfTests
{
    private const string Quotation = "\"We have waited a long time for this and we will not waste the chance now.\"";

    private static QuoteFact Quote(DocumentFacts facts) => Assert.Single(facts.Quotes, q => q.Text.StartsWith("We have waited", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("At the hearing, council member Lena Ortiz said it was far too late for cuts like the ones Rahul Menon wanted.")]
    [InlineData("Lena Ortiz told reporters the club had spent years waiting for the stadium that Rahul Menon designed.")]
    public void APersonOnlySpokenOfDoesNotTakeTheQuotation(string reported)
    {
        var facts = Extract.From("The season opened quietly.\n\n" + reported + "\n\n" + Quotation);
        Assert.Equal("Lena Ortiz", Quote(facts).Speaker);
    }

    [Theory]
    [InlineData("Lena Ortiz said Rahul Menon had resigned from the council.")]
    [InlineData("Lena Ortiz said that Rahul Menon had resigned from the council.")]
    [InlineData("Lena Ortiz said the club was ready because Rahul Menon told the board it was.")]
    public void APersonOpeningTheReportedClauseOrReportingInItLeavesNoSpeaker(string reported)
    {
        var facts = Extract.From("The season opened quietly.\n\n" + reported + "\n\n" + Quotation);
        Assert.Null(Quote(facts).Speaker);
    }
}
