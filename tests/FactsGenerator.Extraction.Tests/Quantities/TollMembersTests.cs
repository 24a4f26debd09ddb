using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>"The dead included ...", "Among those who died ... are ...": the people listed after a toll's group are in the toll.</summary>
public class TollMembersTests
{
    [Fact]
    public void ThePeopleListedAfterTheDeadIncludedAreAllInTheToll()
    {
        var facts = Extract.From("A fire swept through a hostel in Velmora on Sunday.\n\n"
            + "The dead also included two cooks, three of their neighbours and four other guests, the mayor said.");
        Assert.Contains(facts.Quantities, q => q.Value == 2m && q.Category == QuantityCategory.Casualties);
        Assert.Contains(facts.Quantities, q => q.Value == 3m && q.Category == QuantityCategory.Casualties);
        Assert.Contains(facts.Quantities, q => q.Value == 4m && q.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void AmongThoseWhoDiedReachesPastALongClause()
    {
        var facts = Extract.From("A bridge fell in Velmora on Sunday.\n\n"
            + "Among those who died when the old wooden bridge over the river gave way are 14 pupils, the police said.");
        Assert.Contains(facts.Quantities, q => q.Value == 14m && q.Unit == "people" && q.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void ThingsAfterTheGroupAndSentencesWithoutItAreNoToll()
    {
        var things = Extract.From("A fire swept through a hostel in Velmora on Sunday.\n\n"
            + "The dead were found in three rooms on the top floor.");
        Assert.Contains(things.Quantities, q => q.Value == 3m && q.Category == QuantityCategory.Other);

        var noGroup = Extract.From("A fire swept through a hostel in Velmora on Sunday.\n\n"
            + "The guests included two cooks and four teachers from the coast.");
        Assert.DoesNotContain(noGroup.Quantities, q => q.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void PeopleInAnotherClauseAfterTheListAreNoToll()
    {
        var facts = Extract.From("A bus crashed near Velmora on Sunday.\n\n"
            + "The dead included two drivers, but 40 passengers walked away unhurt.");
        Assert.Contains(facts.Quantities, q => q.Value == 2m && q.Category == QuantityCategory.Casualties);
        Assert.Contains(facts.Quantities, q => q.Value == 40m && q.Category != QuantityCategory.Casualties);
    }
}
