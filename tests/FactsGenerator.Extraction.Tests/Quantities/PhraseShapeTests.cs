using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class PhraseShapeTests
{
    [Theory]
    [InlineData("The scheme would add three million factory jobs.", 3000000, "jobs")]
    [InlineData("He criticised the 40 month sentence on Friday.", 40, "months")]
    [InlineData("Two other candidates also paid the fee.", 2, "people")]
    [InlineData("The star is about 1010 light years away.", 1010, "light years")]
    [InlineData("Three more people were rescued on Friday.", 3, "people")]
    [InlineData("The list names the 50 most popular songs of the year.", 50, "songs")]
    [InlineData("The fire covered 160 square miles.", 160, "square miles")]
    [InlineData("Each tablet holds 1 mg of the drug.", 1, "mg")]
    [InlineData("The cut-off is 157 miles per hour.", 157, "mph")]
    [InlineData("The storm flattened three villages Tuesday night.", 3, "villages")]
    [InlineData("Searchers found two more bodies Friday afternoon near the dam.", 2, "people")]
    [InlineData("A hamlet of 700 people sits high above the valley floor.", 700, "people")]
    [InlineData("The atoll, home to 1,200 residents, relies on rainwater.", 1200, "people")]
    [InlineData("That district of 450 farms depends on one ferry.", 450, "farms")]
    public void ReadsTheUnitOfLessCommonPhraseShapes(string sentence, double value, string unit)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
    }

    [Fact]
    public void ReadsTheNounAfterAnUnhyphenatedTimeUnit()
    {
        Assert.Equal("SentenceDurationMonths", QuantityTestText.Single("He criticised the 40 month sentence on Friday.").Name);
    }

    [Fact]
    public void IgnoresAMarginOfError()
    {
        Assert.Single(QuantityTestText.Extract("The orbit takes 40.3 \u00B1 0.4 days."));
    }

    [Theory]
    [InlineData("The second half of the month was quiet.")]
    [InlineData("He spoke in the first half of the meeting.")]
    public void IgnoresAHalfThatIsAPartOfAPeriod(string sentence)
    {
        Assert.Empty(QuantityTestText.Extract(sentence));
    }

    [Fact]
    public void DoesNotGiveAnElidedWordNumberTheUnitOfAnEarlierFigure()
    {
        var facts = QuantityTestText.Extract("The radius is about 15 km. Its charge is zero or close to that.");
        Assert.Single(facts);
        Assert.Equal(QuantityCategory.Other, facts[0].Category);
    }

    [Theory]
    [InlineData("He did not win any of the eleven regional qualifying races.", "eleven regional qualifying races")]
    [InlineData("A 47-year-old Smith's office cancelled events.", "47-year-old Smith")]
    [InlineData("She died on Monday at the age of 95.", "age of 95")]
    [InlineData("Costco limited buyers to two packs last week.", "two packs")]
    [InlineData("Ruiz delayed around US$250 million in flood aid.", "delayed around US$250 million in flood aid")]
    public void EndsTheEvidenceWhereTheCountedPhraseEnds(string sentence, string evidence)
    {
        Assert.Equal(evidence, QuantityTestText.First(sentence).Evidence.Text);
    }

    [Fact]
    public void IgnoresTheSecondDayOfADateList()
    {
        Assert.Empty(QuantityTestText.Extract("The limits were introduced on March 4 and 5 respectively."));
    }

    [Fact]
    public void NamesMoneyAfterWhatItPaysFor()
    {
        Assert.Equal("MilitaryAidApproved", QuantityTestText.Single("Congress approved US$400 million in military aid.").Name);
    }

    [Fact]
    public void NamesMoneyAfterTheFundItIsTakenFrom()
    {
        Assert.Contains("repair budget", QuantityTestText.Single("The council moved $40 million from a road repair budget.").About);
    }

    [Fact]
    public void DoesNotNameMoneyAfterANamedGiver()
    {
        Assert.DoesNotContain("Club", QuantityTestText.Single("The school received $5,000 from the Rotary Club.").About);
    }

    [Fact]
    public void CountsTheNounAfterAPartOfAWhole()
    {
        var facts = QuantityTestText.Extract("Ruiz came third, winning 9 of the county's 30 pledged delegates.");
        Assert.Equal(new decimal?[] { 9m, 30m }, facts.Select(f => f.Value).ToArray());
        Assert.All(facts, f => Assert.Equal("delegates", f.Unit));
    }

    [Fact]
    public void ReadsTheEventAfterAVagueCountWithMore()
    {
        var facts = QuantityTestText.Extract("At least a dozen people lost their lives and scores more were injured.");
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal(QuantityCategory.Casualties, f.Category));
        Assert.Null(facts[1].Value);
    }

    [Fact]
    public void DoesNotNameAnAgeAfterAPlace()
    {
        Assert.Equal("Age", QuantityTestText.Single("Bishop Gutierrez of the diocese in the Philippines, 79, died yesterday.").Name);
    }
}

public class AdjectiveInLyTests
{
    [Theory]
    [InlineData("The rescuers reached two elderly hikers before dark.", "people")]
    [InlineData("The referee overlooked three costly errors.", "errors")]
    [InlineData("The stall sold five ugly lamps on Sunday.", "lamps")]
    public void AnAdjectiveInLyBeforeAPluralNounStaysInThePhrase(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void AnAdverbBeforeAParticipleIsNoAdjectiveOfTheCount()
    {
        var fact = QuantityTestText.Single("Two badly injured cyclists were flown to hospital.");
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("Nine heavily armed guards stood at the gate.", "people", "guards")]
    [InlineData("Three newly elected senators took office on Monday.", "people", "senators")]
    [InlineData("The council approved forty newly built homes.", "homes", "homes")]
    [InlineData("Two critically ill patients were moved overnight.", "people", "patients")]
    public void AnAdverbGradingTheFirstModifierDoesNotEndThePhrase(string sentence, string unit, string counted)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(unit, fact.Unit);
        Assert.Contains(counted, fact.About, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnAdverbAfterTheNumberWithNoNounStillEndsThePhrase()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("Of the guests, two quickly left the room."), f => f.About.Contains("quickly"));
    }

    [Theory]
    [InlineData("Two off-duty officers were wounded in the attack.", "people", QuantityCategory.Casualties)]
    [InlineData("The firm hired four in-house lawyers last year.", "people", QuantityCategory.Other)]
    public void ACompoundOpenedByAPrepositionModifiesTheNoun(string sentence, string unit, QuantityCategory category)
    {
        var fact = QuantityTestText.Single(sentence);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(category, fact.Category);
    }
}
