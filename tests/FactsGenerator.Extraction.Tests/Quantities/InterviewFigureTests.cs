using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>In an interview, a figure the interviewer states in a question counts like any other.</summary>
public class InterviewFigureTests
{
    [Fact]
    public void AFigureInAQuestionCounts()
    {
        var facts = Extract.From("Orla Brandt runs for mayor of Velmora.\n\n((WN)) Why run?\n\n((Orla Brandt)) For the buses.\n\n"
            + "((WN)) Your party received 5,617 votes last time. Can you win?\n\n((Orla Brandt)) Yes.");
        Assert.Contains(facts.Quantities, q => q.Value == 5617m);
    }
}
