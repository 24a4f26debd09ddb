using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A name before a lower-case body noun makes a body ("the Velm provincial council"), but not across a verb of
/// saying: in "Ana Ruiz said fire department crews ..." the name is the speaker and the noun another body's.</summary>
public class SayingVerbBeforeBodyNounTests
{
    [Theory]
    [InlineData("Ana Ruiz said electoral commission staff would recount the ballots.")]
    [InlineData("Later, Ana Ruiz said fire department crews spent an hour at the scene.")]
    [InlineData("Ana Ruiz warned the health ministry would run out of vaccine.")]
    public void TheNameIsASpeakerNotABody(string text)
    {
        var facts = Extract.From(text);
        Assert.Contains("Ana Ruiz", Extract.PeopleNames(facts));
        Assert.DoesNotContain(Extract.OrganizationNames(facts), name => name.Contains("said") || name.Contains("warned"));
    }

    [Fact]
    public void ANameRightBeforeTheNounStillMakesTheBody()
    {
        var facts = Extract.From("Members of the Velm provincial council met on Monday.");
        Assert.Contains("Velm provincial council", Extract.OrganizationNames(facts));
    }
}
