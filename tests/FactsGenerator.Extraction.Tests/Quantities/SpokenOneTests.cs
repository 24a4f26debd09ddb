using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>In an interviewee's answers "one" before a thing is the spoken article, not a count.</summary>
public class SpokenOneTests
{
    private const string Opening = "Orla Brandt runs a bakery in Velmora.\n\n((WN)) How did you start?\n\n";

    [Fact]
    public void OneBeforeAThingInAnAnswerIsNoCount()
    {
        var facts = Extract.From(Opening + "((Orla Brandt)) We asked one newspaper for help, and that was one idea that worked.\n\n"
            + "((WN)) And now?\n\n((Orla Brandt)) We sell bread.");
        Assert.DoesNotContain(facts.Quantities, q => q.Value == 1m);
    }

    [Fact]
    public void OneInAnAnswerStillCountsATimeAMeasureOrAToll()
    {
        var facts = Extract.From(Opening + "((Orla Brandt)) I trained for one year. The oven is one metre wide. One worker was injured once.\n\n"
            + "((WN)) And now?\n\n((Orla Brandt)) We sell bread.");
        Assert.Contains(facts.Quantities, q => q.Value == 1m && q.Unit == "years");
        Assert.Contains(facts.Quantities, q => q.Value == 1m && q.Unit == "metres");
        Assert.Contains(facts.Quantities, q => q.Value == 1m && q.Category == Model.QuantityCategory.Casualties);
    }

    [Fact]
    public void OneInAQuestionOrInProseCounts()
    {
        var facts = Extract.From(Opening + "((Orla Brandt)) Slowly.\n\n((WN)) You opened one shop in March?\n\n((Orla Brandt)) Yes.");
        Assert.Contains(facts.Quantities, q => q.Value == 1m);
        Assert.Contains(Extract.From("The firm opened one shop in the town last March.").Quantities, q => q.Value == 1m);
    }
}
