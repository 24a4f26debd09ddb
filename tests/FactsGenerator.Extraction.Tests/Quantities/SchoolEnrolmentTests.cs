using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class SchoolEnrolmentTests
{
    [Theory]
    [InlineData("The walkout left the town's 9,200 students without lessons on Monday.", 9200)]
    [InlineData("The Velm board shut its schools and will teach some of its 31,000 pupils online.", 31000)]
    [InlineData("The academy's 640 students return from holiday next week.", 640)]
    public void ReadsTheStudentsOfASchoolOrPlaceAsItsPopulation(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(QuantityCategory.Population, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Theory]
    [InlineData("The teacher's 28 students marched to the town hall.", 28)]
    [InlineData("About 4,000 students marched to the ministry on Friday.", 4000)]
    public void LeavesAClassOrACrowdOfStudentsAlone(string sentence, double value)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == (decimal)value);
        Assert.Equal(QuantityCategory.Other, fact.Category);
    }

    [Fact]
    public void KeepsTheEventOfStudentsSomethingHappensTo()
    {
        var fact = QuantityTestText.Extract("Police said 350 of the college's 900 students were evacuated.").Single(f => f.Value == 350m);
        Assert.Equal(QuantityCategory.Displacement, fact.Category);
    }
}
