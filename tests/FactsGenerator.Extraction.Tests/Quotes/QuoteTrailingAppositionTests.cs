using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>""...," Ana Velasco, a spokeswoman for the board, said.": an apposition between the speaker's name after the
/// quotation and the verb of saying.</summary>
public class QuoteTrailingAppositionTests
{
    [Theory]
    [InlineData("\"The ferry will run again on Friday,\" Ana Velasco, a spokeswoman for the harbour board, said.")]
    [InlineData("\"The ferry will run again on Friday,\" Ana Velasco, the board's chair, said on Monday.")]
    [InlineData("\"The ferry will run again on Friday,\" Ana Velasco, 45, told reporters.")]
    public void TheNameBeforeTheAppositionSpeaks(string body)
    {
        var facts = Extract.From(body);
        Assert.Equal("Ana Velasco", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ANameListedBeforeOthersIsNoSpeaker()
    {
        var facts = Extract.From("\"The ferry will run again on Friday,\" Ana Velasco, Tomas Brandt and Lee Okafor wrote in the bulletin.");
        Assert.NotEqual("Ana Velasco", Assert.Single(facts.Quotes).Speaker);
    }
}
