using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"X, a volunteer diver,": a noun of a person before an agent noun no list knows qualifies it.</summary>
public class AgentNounAppositionTests
{
    [Theory]
    [InlineData("Ellen Marsh, a volunteer diver, found the wreck on Sunday.", "volunteer diver")]
    [InlineData("Ellen Marsh, a student pilot, landed the plane.", "student pilot")]
    public void TheAgentNounEndsTheRole(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Ellen Marsh").Role);
    }

    [Theory]
    [InlineData("Ellen Marsh, a volunteer, found the wreck on Sunday.", "volunteer")]
    [InlineData("Ellen Marsh, a teacher later, found the wreck on Sunday.", "teacher")]
    [InlineData("Ellen Marsh, a volunteer since 2010, found the wreck on Sunday.", "volunteer")]
    public void NoAgentNounAfterTheHeadLeavesIt(string text, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), "Ellen Marsh").Role);
    }
}
