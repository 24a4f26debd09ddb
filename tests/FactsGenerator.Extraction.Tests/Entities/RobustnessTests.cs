namespace FactsGenerator.Extraction.Tests.Entities;

public class RobustnessTests
{
    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"\"")]
    [InlineData("' ' ' '")]
    [InlineData("Mr. Mr. Mr.")]
    [InlineData("President")]
    [InlineData("said \"x\" said")]
    [InlineData(", , , said , ,")]
    [InlineData("of the of the of")]
    [InlineData("\u201CUnclosed quotation that runs on\n\n\u201CAnd on\n\nAnd ends here.")]
    [InlineData("Mayor of")]
    [InlineData("the city of")]
    [InlineData("On Monday 31 February 2023 and 99 March and 2100s")]
    [InlineData("X-")]
    [InlineData("A (B) (C (D) E) said: \"F\"")]
    public void OddInputNeverThrows(string body)
    {
        var facts = Extract.From(body, "2024-02-29");
        Assert.NotNull(facts);
    }

    [Fact]
    public void ALongDocumentIsReadInReasonableTime()
    {
        var paragraph = "President Ana Lindqvist of Velmoria said on Monday that \u201Cthe harbour of Ostravel will reopen\u201D, the Harbour Authority (HA) said. ";
        var body = string.Concat(System.Linq.Enumerable.Repeat(paragraph + "\n\n", 2000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var facts = Extract.From(body, "2024-03-14");
        Assert.Equal(2000, facts.Quotes.Count);
        Assert.True(watch.Elapsed.TotalSeconds < 20, "took " + watch.Elapsed);
    }
}
