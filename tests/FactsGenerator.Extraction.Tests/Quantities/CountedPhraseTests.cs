using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class CountedPhraseTests
{
    [Theory]
    [InlineData("Among the three aid workers killed was a nurse.", "aid workers killed", "three aid workers killed")]
    [InlineData("Five soldiers were killed on Monday.", "soldiers killed", "Five soldiers were killed")]
    [InlineData("More than 5,000 residents have taken shelter at the airport.", "residents sheltering", "More than 5,000 residents have taken shelter")]
    [InlineData("Thousands of protesters had gathered on Wednesday.", "protesters gathered", "Thousands of protesters had gathered")]
    [InlineData("Several of its peacekeepers in the region were killed.", "peacekeepers killed", "Several of its peacekeepers in the region were killed")]
    [InlineData("The fire killed five girls at the venue.", "girls killed", "killed five girls")]
    [InlineData("The attack had killed twelve, the governor said.", "people killed", "killed twelve")]
    [InlineData("Officials reported 140 border guards, 85 villagers, and hundreds of rebels killed.", "border guards killed", "140 border guards")]
    [InlineData("The country was defeated in a 44-day war.", "war duration", "44-day war")]
    [InlineData("A truce was declared following a 24-hour offensive.", "offensive duration", "24-hour offensive")]
    [InlineData("It produces 20 percent of our planet's oxygen.", "planet oxygen share", "20 percent of our planet's oxygen")]
    [InlineData("There were 85% more wildfires this year.", "wildfires share", "85% more wildfires")]
    [InlineData("Two of Khan's victims died later.", "victims dead", "Two of Khan's victims died")]
    [InlineData("The governor granted nine people amnesty.", "people granted", "granted nine people")]
    [InlineData("Three others were seriously injured.", "others injured", "Three others were seriously injured")]
    [InlineData("Seventy-two people or more were injured on Sunday.", "people injured", "Seventy-two people or more were injured")]
    [InlineData("Police said 35 were rescued.", "people rescued", "35 were rescued")]
    [InlineData("Thousands of protesters wearing black gathered.", "protesters", "Thousands of protesters")]
    public void ReadsWhatIsCountedAndTheEvidencePhrase(string sentence, string about, string evidence)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal(about, fact.About);
        Assert.Equal(evidence, fact.Evidence.Text);
    }

    [Fact]
    public void ReadsEveryItemOfAListClosedByOneEvent()
    {
        var facts = QuantityTestText.Extract("Officials reported 140 border guards, 85 villagers, and hundreds of rebels killed.");
        Assert.Equal(3, facts.Count);
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
    }

    [Fact]
    public void DoesNotCarryTheEventOfAParticipleClauseBackOntoTheFigureBeforeIt()
    {
        var facts = QuantityTestText.Extract("The gunman fired into a queue of 150 people, killing three and injuring four.");
        Assert.Equal(QuantityCategory.Other, Assert.Single(facts, f => f.Value == 150m).Category);
        Assert.Equal(QuantityCategory.Casualties, Assert.Single(facts, f => f.Value == 4m).Category);
    }

    [Fact]
    public void DoesNotCarryAListEventOntoThingsThatAreNotPeople()
    {
        var facts = QuantityTestText.Extract("Officials confirmed 523 new infections and 12 new deaths.");
        Assert.Equal(QuantityCategory.Other, facts[0].Category);
        Assert.Equal(QuantityCategory.Casualties, facts[1].Category);
    }

    [Fact]
    public void KeepsTheWholeSentenceAsEvidenceSentence()
    {
        const string sentence = "Five soldiers were killed on Monday near the border.";
        Assert.Equal(sentence, QuantityTestText.Single(sentence).Evidence.Sentence);
    }

    [Fact]
    public void PointsTheEvidenceAtTheOriginalText()
    {
        const string text = "Border clash\n\nOn Monday, five soldiers were killed.";
        var fact = QuantityTestText.Single(text);
        Assert.Equal("five soldiers were killed", text.Substring(fact.Evidence.Start, fact.Evidence.Length));
        Assert.Equal(3, fact.Evidence.Line);
    }

    [Fact]
    public void BorrowsTheUnitOfThePreviousFigureForAnElidedOne()
    {
        var facts = QuantityTestText.Extract("The SNP gained 13 seats and the Liberal Democrats lost 10.");
        Assert.Equal("seats", facts[1].Unit);
        Assert.Equal(10m, facts[1].Value);
    }

    [Fact]
    public void DropsABareNumberThatCountsNothing()
    {
        Assert.Empty(QuantityTestText.Extract("The answer was 42 in the end."));
    }

    [Fact]
    public void KeepsTheEventNounAfterMoreAsWhatIsCounted()
    {
        var fact = QuantityTestText.Single("Modellers expect roughly 500 more deaths by June.");
        Assert.Contains("deaths", fact.About);
        Assert.Equal("people", fact.Unit);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }
}

public class PossessiveNameAfterOfTests
{
    [Theory]
    [InlineData("The mayor won 12 of North Dakota's 20 seats.", 12, "seats")]
    [InlineData("Three of New Zealand's ports closed overnight.", 3, "ports")]
    public void ReadsAPartOfAManyWordNamesThings(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }
}

public class NounAfterDeterminerTests
{
    [Theory]
    [InlineData("The crew had done 80% of the work by Friday.", "work")]
    [InlineData("The council paid half of the cost last year.", "cost")]
    public void ReadsAVerbLikeWordAfterTheAsTheNoun(string sentence, string noun)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Contains(noun, fact.Evidence.Text);
    }

    [Fact]
    public void StillEndsThePhraseAtAVerbAfterAPluralNoun()
    {
        var fact = QuantityTestText.First("Two hundred people work there.");
        Assert.Equal("people", fact.Unit);
        Assert.DoesNotContain("work", fact.Evidence.Text);
    }
}
