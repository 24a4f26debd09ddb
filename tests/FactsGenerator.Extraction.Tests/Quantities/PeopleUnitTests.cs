using System.Linq;
namespace FactsGenerator.Extraction.Tests.Quantities;

public class PeopleUnitTests
{
    [Theory]
    [InlineData("The study had 14 co-authors from three universities.")]
    [InlineData("She is survived by three daughters and a son.")]
    [InlineData("Eleven nominees attended the gala.")]
    [InlineData("Twelve physicians signed the letter.")]
    [InlineData("About 40 cyclists crossed the bridge.")]
    public void CountsPeopleByRelationRoleOrEnding(string sentence)
    {
        Assert.Equal("people", QuantityTestText.First(sentence).Unit);
    }

    [Fact]
    public void AListIsNoPeople()
    {
        Assert.Equal("checklists", QuantityTestText.First("The pilots ran through four checklists.").Unit);
    }
}

public class NamesInsideACountedPhraseTests
{
    [Theory]
    [InlineData("The data sat in two separate Acme storage buckets.", "buckets")]
    [InlineData("He had served under three different Presidents.", "people")]
    public void ANameAfterAnAdjectiveStillBelongsToAPluralPhrase(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.First(sentence).Unit);
    }

    [Fact]
    public void ANameAfterAPluralNounIsAnApposition()
    {
        var fact = QuantityTestText.First("She leaves two sons Wyatt and Chris.");
        Assert.Equal("two sons", fact.Evidence.Text);
    }
}

public class YearBeforeASingularRoleTests
{
    [Fact]
    public void AYearBeforeASingularRoleIsNoCount()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("She was the 2016 nominee of the party."), f => f.Value == 2016m);
    }
}

public class AttendanceVerbTests
{
    [Theory]
    [InlineData("The club sold 900 tickets. Fewer than three hundred showed up on the night.", 300)]
    [InlineData("The union has 80 branches. About 2,000 marched through the capital.", 2000)]
    public void ABareFigureThatTurnedOutIsPeopleNotTheEarlierFiguresUnit(string text, double value)
    {
        var fact = QuantityTestText.Extract(text).Single(f => f.Value == (decimal)value);
        Assert.Equal("people", fact.Unit);
    }
}
