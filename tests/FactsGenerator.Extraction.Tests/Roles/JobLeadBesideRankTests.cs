using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"said search team lead Lt. Col. X", "Rescue operation lead X said": "lead" after lower-case words of the work,
/// right before a name or its rank, is a job, which wins over the rank; the verb ("to lead X") and a margin after an
/// article or a figure ("the narrow lead X had built", "a 10-point lead") are none.</summary>
public class JobLeadBesideRankTests
{
    [Theory]
    [InlineData("\"The ground is still moving,\" said search team lead Lt. Col. Tomas Vell.", "search team lead")]
    [InlineData("Rescue operation lead Tomas Vell said the search would go on through the night.", "rescue operation lead")]
    public void TheLeadIsTheJob(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Theory]
    [InlineData("The party chose to lead Tomas Vell into the race for mayor.")]
    [InlineData("The striker erased the narrow lead Tomas Vell had built in the first half.")]
    [InlineData("The poll gave her a 10-point lead Tomas Vell said was safe.")]
    [InlineData("Evidence from the scene and witness statements lead Tomas Vell to believe the fire was arson.")]
    [InlineData("Rising prices lead Tomas Vell into debt every winter.")]
    public void AVerbOrAMarginIsNoJob(string text)
    {
        Assert.Null(Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }
}
