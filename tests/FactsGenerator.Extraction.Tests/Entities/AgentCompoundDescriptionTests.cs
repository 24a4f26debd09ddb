namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A "-man"/"-woman" compound of an everyday word opening a sentence describes the person after it.</summary>
public class AgentCompoundDescriptionTests
{
    [Theory]
    [InlineData("Paceman Ravi Sharma took three wickets for 20 runs.", "Ravi Sharma", "paceman")]
    [InlineData("Frontman Tom Hale, 28, told the crowd the band would return next year.", "Tom Hale", "frontman")]
    [InlineData("Frontwoman Ana Ruiz thanked the fans after the encore.", "Ana Ruiz", "frontwoman")]
    public void TheCompoundIsNoPartOfTheName(string sentence, string name, string role)
    {
        var facts = Extract.From(sentence);
        Assert.Equal(role, Extract.Person(facts, name).Role);
        Assert.DoesNotContain(Extract.PeopleNames(facts), n => n.EndsWith(" " + name, System.StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameEndingInManStaysInTheName()
    {
        // "Norman" ends in "-man" after the everyday word "nor", but it is a given name.
        var facts = Extract.From("Norman Alan Smith, 64, was charged with fraud on Tuesday.");
        Assert.Contains("Norman Alan Smith", Extract.PeopleNames(facts));
    }
}
