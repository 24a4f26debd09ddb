namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A past-tense verb before a role and a name ends the role phrase: it is no word of the role.</summary>
public class VerbBeforeRoleTests
{
    [Theory]
    [InlineData("The mayor, Lena Ortiz, met union leader Tomas Brandt at the docks on Monday.", "Tomas Brandt", "union leader")]
    [InlineData("Last spring the festival chose lighting designer Maren Holt to run the show.", "Maren Holt", "lighting designer")]
    [InlineData("The singer found bassist Oren Vale at a pub gig and later met drummer Kip Lorne on tour.", "Kip Lorne", "drummer")]
    [InlineData("The singer found bassist Oren Vale at a pub gig and later met drummer Kip Lorne on tour.", "Oren Vale", "bassist")]
    public void ThePastVerbIsNoPartOfTheRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }
}
