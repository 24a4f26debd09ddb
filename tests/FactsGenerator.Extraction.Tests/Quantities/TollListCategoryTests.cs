using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// People listed after a casualty or displacement toll (", including", ", besides", ", as well as", or "They included"
/// opening the next sentence) are part of the toll and take its category.
/// </summary>
public class TollListCategoryTests
{
    [Theory]
    [InlineData("The death toll in the collapse rose by two to 61, including three Velmorans and 12 other foreign nationals.", 3)]
    [InlineData("The death toll in the collapse rose by two to 61, including three Velmorans and 12 other foreign nationals.", 12)]
    [InlineData("Police were accused of killing hundreds of marchers over the years and in May 2019, including at least 14 minors.", 14)]
    [InlineData("Officials said 20 people died in the blaze, besides two soldiers and 11 volunteer firefighters.", 2)]
    [InlineData("Officials said 20 people died in the blaze, besides two soldiers and 11 volunteer firefighters.", 11)]
    [InlineData("The general said 104 rebels were killed, as well as 12 police officers and 9 others.", 12)]
    [InlineData("At least 18 people were injured in the riot at Orrin prison. They included 10 guards and eight inmates, a spokeswoman said.", 10)]
    [InlineData("At least 18 people were injured in the riot at Orrin prison. They included 10 guards and eight inmates, a spokeswoman said.", 8)]
    public void FilesTheListedPeopleUnderTheToll(string text, double value)
    {
        var facts = QuantityTestText.Extract(text);
        var part = facts.Single(f => f.Value == (decimal)value);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
    }

    [Fact]
    public void FilesTheListedPeopleOfAnEvacuationAsDisplaced()
    {
        var facts = QuantityTestText.Extract("About 5,000 people were evacuated from the valley, including 300 pupils.");
        Assert.Equal(QuantityCategory.Displacement, facts.Single(f => f.Value == 300m).Category);
    }

    [Theory]
    // No toll before the list: the people stay what their noun says.
    [InlineData("The delegation had 40 members, including 12 engineers.", 12)]
    // A clause about someone else stands between the toll and the list.
    [InlineData("Three people died in the fire; the club hired 20 staff, including 15 waiters.", 15)]
    // A part "including" more people than the toll counts is not one of them (the list picks from the workers).
    [InlineData("The fire killed nine people at a hostel housing foreign workers, including 12 Velmarans.", 12)]
    [InlineData("At least six people were injured in Orrin. They included 200 pilgrims from Velmar.", 200)]
    // "They included" in a sentence that does not follow the toll.
    [InlineData("Two hikers were injured on Sunday. The park reopened later. They included 30 volunteers.", 30)]
    public void LeavesPeopleOutsideATollListAsTheyAre(string text, double value)
    {
        var facts = QuantityTestText.Extract(text);
        Assert.Equal(QuantityCategory.Other, facts.Single(f => f.Value == (decimal)value).Category);
    }
}
