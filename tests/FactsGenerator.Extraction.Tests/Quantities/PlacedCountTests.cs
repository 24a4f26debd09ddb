using System.Linq;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A bare figure reached by "to", or set off by "with" (or "and" after another such figure), and placed by a name is a
/// count though no noun follows it ("the tally climbs to 2.4 million in Peru"); a month after "in" dates it instead.
/// </summary>
public class PlacedCountTests
{
    [Fact]
    public void AFigureReachedByToAndPlacedByANameIsACount()
    {
        var facts = QuantityTestText.Extract("As the tally of affected homes climbs to 2.4 million in Peru, officials urged calm.");
        var count = Assert.Single(facts, f => f.Value == 2400000m);
        Assert.Equal("2.4 million in Peru", count.Evidence.Text);
    }

    [Fact]
    public void ARunOfPlacedFiguresAfterWithAreEachCounts()
    {
        var facts = QuantityTestText.Extract("In Chad, there were three million at risk, with 1.2 million in Niger and 80,000 in Mali.");
        Assert.Contains(facts, f => f.Value == 1200000m && f.Evidence.Text == "1.2 million in Niger");
        Assert.Contains(facts, f => f.Value == 80000m && f.Evidence.Text == "80,000 in Mali");
    }

    [Fact]
    public void AMonthAfterInDatesTheFigure()
    {
        var facts = QuantityTestText.Extract("The index edged up to 41 in May.");
        Assert.DoesNotContain(facts, f => f.Value == 41m && f.Evidence.Text.Contains("May"));
    }

    [Fact]
    public void ANameThatModifiesANounPlacesNoCount()
    {
        // A rank in a poll and in a table: the names qualify "poll" and "rankings", no place counts the figures.
        var facts = QuantityTestText.Extract("The Orvel campaign climbed to 41 in the Harlow Times poll, and the team dropped to 7 in the FIFA rankings.");
        Assert.DoesNotContain(facts, f => f.Value == 41m);
        Assert.DoesNotContain(facts, f => f.Value == 7m);
    }

    [Fact]
    public void ALevelOfAMeasureIsNoPlacedCount()
    {
        var facts = QuantityTestText.Extract("Temperatures fell to 12 in Norvik overnight, and the Brenmar index rose to 41 in Tokyo.");
        Assert.DoesNotContain(facts, f => f.Unit == "items");
    }

    [Fact]
    public void AVerbAfterThePlaceKeepsTheCount()
    {
        var facts = QuantityTestText.Extract("Aid groups warned of hunger, with 1.2 million in Niger facing shortages.");
        Assert.Contains(facts, f => f.Value == 1200000m && f.Evidence.Text == "1.2 million in Niger");
    }

    [Fact]
    public void APlacedFigureAfterMoneyIsMoney()
    {
        var facts = QuantityTestText.Extract("The Harlow group lost $3 billion last year, with 1 billion in Europe and 2 billion in Asia.");
        Assert.DoesNotContain(facts, f => f.Unit == "items");
        Assert.Contains(facts, f => f.Value == 1000000000m && f.Unit == "usd" && f.Evidence.Text == "1 billion in Europe");
        Assert.Contains(facts, f => f.Value == 2000000000m && f.Unit == "usd");
    }

    [Fact]
    public void AnItemAfterADashBreakdownIsNoBareCount()
    {
        // "100 million in Spain" follows a dash, so "and 200 million in Italy" is no run of placed counts.
        var facts = QuantityTestText.Extract("The Brenmar bank lent 300 million euros - 100 million in Spain and 200 million in Italy.");
        Assert.DoesNotContain(facts, f => f.Unit == "items");
    }

    [Fact]
    public void AnItemAfterACountedNounIsNoBareCount()
    {
        // "one in Utah" follows "three delegates in Ohio": not a bare count of its own.
        var facts = QuantityTestText.Extract("He won three delegates in Ohio and one in Utah.");
        Assert.DoesNotContain(facts, f => f.Value == 1m && f.Unit == "items");
    }

    [Fact]
    public void AListByPlaceAfterACountedNounKeepsItsNoun()
    {
        // The run of placed figures after "and" still continues the list of the injured people before it.
        var facts = QuantityTestText.Extract("The report counted 21 injured people in Davao, 36 in North Rivas, 29 in South Rivas and seven in Port Lane City.");
        Assert.Equal(4, facts.Count(f => f.Category == Model.QuantityCategory.Casualties));
        var last = Assert.Single(facts, f => f.Value == 7m);
        Assert.Equal("people", last.Unit);
        Assert.Equal("seven in Port Lane City", last.Evidence.Text);
    }
}
