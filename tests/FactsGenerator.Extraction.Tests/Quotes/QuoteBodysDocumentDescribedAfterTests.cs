using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// After the quotation, a body's document speaks for the body also when a one-word description takes the body up
/// (""...," the company's statement read") and when the kind of body follows its name in lower case (""...," a report by
/// Velmora news agency said").
/// </summary>
public class QuoteBodysDocumentDescribedAfterTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void DescribedBodysStatementReadGivesTheBody()
    {
        var facts = Extract.From("Two crew members of a ship owned by Tarrow Freight Ltd. were taken on Thursday. The company said the ship sailed on.\n\n\"The safety of the crew is our first concern and every step is being taken,\" the company's statement read.");
        Assert.Equal("Tarrow Freight Ltd.", Quote(facts, "The safety of").Speaker);
    }

    [Fact]
    public void KindOfBodyAfterItsNameInAReportGivesTheBody()
    {
        var facts = Extract.From("The official \"broke every rule of the party he had sworn to serve,\" a report by Velmpress news agency said.");
        Assert.Equal("Velmpress", Quote(facts, "broke every rule").Speaker);
    }

    [Fact]
    public void PersonsOfficeBeforeTheDocumentIsNoBody()
    {
        // ("the mayor's letter" is a person's document: this rule gives no body for it.)
        var facts = Extract.From("Tarrow Freight Ltd. runs the ferries. Mayor Jo Kim wrote to the board.\n\n\"The safety of the crew is the first concern and every step is being taken,\" the mayor's letter read.");
        Assert.NotEqual("Tarrow Freight Ltd.", Quote(facts, "The safety of").Speaker);
    }
}
