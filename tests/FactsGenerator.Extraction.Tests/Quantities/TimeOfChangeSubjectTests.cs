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

    [Theory]
    [InlineData("Spending in the past year rose to $9 million, the council said.", "spending")]
    [InlineData("Borrowing during the past quarter climbed to $9 million.", "borrowing")]
    [InlineData("The deficit over the past year rose to $9 million.", "deficit")]
    public void ATimePhraseWithItsPrepositionLeavesTheNounBeforeIt(string sentence, string subject)
    {
        // "in the past year" as a whole says when: the preposition and "the" belong to it, so the noun before them
        // (even one in -ing opening the sentence) is what the sum is about.
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == 9_000_000m);
        Assert.Equal(subject, fact.About);
    }

    [Fact]
    public void AYearWithoutAPlacingWordStaysTheSubject()
    {
        // "The school year" is what grew: no "last", "this", "next" or "past" makes it a time of the change.
        var fact = QuantityTestText.Extract("The school year grew to 190 days, the board said.").Single(f => f.Value == 190m);
        Assert.Contains("Year", fact.Name);
    }
}
