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

    [Theory]
    [InlineData("The board decided not to call spin consultant Dara Whitlock for the short tour.", "Dara Whitlock", "spin consultant")]
    [InlineData("The premier will meet foreign minister Karl Olsen in Oslo on Monday.", "Karl Olsen", "foreign minister")]
    [InlineData("The club wants to sign striker Tomas Vane before the window closes.", "Tomas Vane", "striker")]
    [InlineData("The minister is due to meet army chief Ahmed Rauf in Quetta today.", "Ahmed Rauf", "army chief")]
    public void ABareVerbAfterToOrAModalIsNoPartOfTheRole(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void TheSameWordAsANounStaysInTheRole()
    {
        var facts = Extract.From("The sign language interpreter Mia Holm stood beside the mayor.");
        Assert.Equal("sign language interpreter", Extract.Person(facts, "Mia Holm").Role);
    }
}
