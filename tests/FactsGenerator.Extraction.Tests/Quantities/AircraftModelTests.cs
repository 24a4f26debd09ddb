namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Boeing's 7x7 numbers name a jetliner model, not a count, unless people follow.</summary>
public class AircraftModelTests
{
    [Theory]
    [InlineData("The airline will fly the 787 Dreamliner to Lima from May.", 787)]
    [InlineData("The order for the 757 shows the carrier wants older jets.", 757)]
    [InlineData("The contract for the 737 marks the first time the carrier bought one.", 737)]
    [InlineData("Investigators said the 727 involved was thirty years old.", 727)]
    [InlineData("The carrier ordered four 767-300 freighters last week.", 767)]
    public void AModelNumberCountsNothing(string sentence, int model)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value == model);
    }

    [Theory]
    [InlineData("The 747 passengers were stranded at the terminal overnight.", 747)]
    [InlineData("The plant employs 727 welders.", 727)]
    public void PeopleAfterTheNumberAreCounted(string sentence, int count)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == count && f.Unit == "people");
    }

    [Theory]
    [InlineData("The 707 homes in the district were destroyed by the flood.", 707)]
    [InlineData("Officials recounted the 747 votes cast in the ward.", 747)]
    public void AnotherPluralNounAfterTheNumberIsCounted(string sentence, int count)
    {
        Assert.Contains(QuantityTestText.Extract(sentence), f => f.Value == count);
    }

    [Fact]
    public void OtherThreeDigitFiguresStayCounts()
    {
        Assert.Contains(QuantityTestText.Extract("The fleet counts the 738 planes it bought since 2001."), f => f.Value == 738);
    }
}
