using System.Linq;
namespace FactsGenerator.Extraction.Tests.Quantities;

// "last year", "this quarter" between a subject and its new level only say when the change happened: the noun before
// them is what the level is about. A noun with no such time phrase still decides alone.
public class TimeOfChangeSubjectTests
{
    [Theory]
    [InlineData("Road deaths fell last year to 3,675, the ministry said.")]
    [InlineData("Road deaths last year fell to 3,675, the ministry said.")]
    public void ALevelAfterATimePhraseKeepsTheSubjectBeforeIt(string sentence)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == 3675m);
        Assert.Equal("people", fact.Unit);
        Assert.Equal("casualties", fact.Category.ToString().ToLowerInvariant());
    }

    [Fact]
    public void AnOutageThisYearIsAboutTheOutage()
    {
        var fact = QuantityTestText.Extract("An outage in March this year lasted up to 12 hours.").Single(f => f.Value == 12m);
        Assert.Contains("Outage", fact.Name);
    }

    [Fact]
    public void AYearWithoutAPlacingWordStaysTheSubject()
    {
        // "The school year" is what grew: no "last", "this", "next" or "past" makes it a time of the change.
        var fact = QuantityTestText.Extract("The school year grew to 190 days, the board said.").Single(f => f.Value == 190m);
        Assert.Contains("Year", fact.Name);
    }
}
