using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// "The force said" takes up a police body and "the military said" an army or a navy: kind nouns the body's name does
/// not hold, as "the airline" takes up a name holding "Airways".
/// </summary>
public class ForceAndMilitaryNounTests
{
    private static string? SpeakerOf(string text, string startsWith) =>
        Assert.Single(Extract.From(text).Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal)).Speaker;

    [Fact]
    public void TheForceIsThePoliceBodyNamedBefore()
    {
        Assert.Equal("Dunmere Police", SpeakerOf("A constable was held on Monday, the Dunmere Police said. \"We are working closely with her family,\" the force said.", "We are working"));
    }

    [Fact]
    public void TheForceFramesAFragmentInReportedSpeech()
    {
        Assert.Equal("Harlow Constabulary", SpeakerOf("Harlow Constabulary opened an inquiry. The force said on Tuesday the arrest of an officer was \"deeply troubling\".", "deeply troubling"));
    }

    [Fact]
    public void TheMilitaryIsTheArmyNamedBefore()
    {
        Assert.Equal("Corvan army", SpeakerOf("Shells fell on two villages overnight, the Corvan army said. \"Two gunmen were killed in the exchange,\" the military said in a statement.", "Two gunmen"));
    }

    [Fact]
    public void TheForceIsNoBodyWithoutPoliceInItsName()
    {
        // A company is no force: the quotation has no speaker rather than the body named before.
        var quote = Assert.Single(Extract.From("Tallow Mining Corp closed its pit on Monday. \"We will reopen in spring,\" the force said.").Quotes);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("The Salvation Army handed out meals to 300 families. \"We have deployed 2,000 troops to the area,\" the military said.", "We have deployed")]
    [InlineData("A Navy Federal Credit Union branch was flooded. \"Troops are on the way,\" the military said.", "Troops are")]
    [InlineData("The Police Federation criticised the budget cuts. \"Officers will patrol the area tonight,\" the force said.", "Officers will")]
    public void ABodyThatOnlyHoldsTheWordIsNoForceOrMilitary(string text, string startsWith)
    {
        // (A charity, a credit union and a staff association hold Army, Navy and Police as modifiers, not as their head.)
        Assert.Null(SpeakerOf(text, startsWith));
    }

    [Fact]
    public void TheForceIsAPoliceServiceNamedBefore()
    {
        Assert.Equal("Metropolitan Police Service", SpeakerOf("Two men were held on Monday, the Metropolitan Police Service said. \"We are grateful to the public,\" the force said.", "We are grateful"));
    }
}
