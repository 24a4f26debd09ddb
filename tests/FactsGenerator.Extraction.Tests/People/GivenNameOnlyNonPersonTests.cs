using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>A run whose only sign of a person is a given name opening it ("Gran", "Ford", "Dalton") is a street or an
/// island after a preposition of place and a thing after a possessive determiner.</summary>
public class GivenNameOnlyNonPersonTests
{
    [Theory]
    [InlineData("The coach overturned near Orvel on Gran Velmaria on Sunday afternoon.", "Gran Velmaria")]
    [InlineData("A woman was shot on Dalton Place late on Thursday.", "Dalton Place")]
    [InlineData("Fire crews were still working at Morgan Drive on Friday.", "Morgan Drive")]
    public void ARunAfterAPrepositionOfPlaceIsThePlace(string text, string place)
    {
        var facts = Extract.From(text);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ARunAfterAPossessiveDeterminerIsAThing()
    {
        var facts = Extract.From("He had stopped in his Ford Velmaro to make a turn when the lorry hit him.");
        Assert.Empty(facts.People);
    }

    [Theory]
    [InlineData("The court will rule on Tomas Velkor's appeal next week.", "Tomas Velkor")]
    [InlineData("The attack on Tomas Velkor, 45, shocked the town.", "Tomas Velkor")]
    [InlineData("Neighbours said the assault on Ana Velkor was unprovoked.", "Ana Velkor")]
    [InlineData("He told her Ana Velkor had died.", "Ana Velkor")]
    [InlineData("Crowds gathered at Ana Velkor's funeral on Saturday.", "Ana Velkor")]
    [InlineData("The board called on Ana Velkor to resign.\n\nVelkor declined.", "Ana Velkor")]
    public void OtherSignsOrAnOwnerKeepThePerson(string text, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(text)));
    }

    [Theory]
    [InlineData("The crowd jeered at Doris Close as she left the court in Orrick.", "Doris Close")]
    [InlineData("Witnesses said the boys had thrown bottles at Kevin Grove before the fight.", "Kevin Grove")]
    [InlineData("The council called on Doris Close to resign after the vote.", "Doris Close")]
    public void AnActAimedAtTheRunKeepsThePerson(string text, string name)
    {
        var facts = Extract.From(text);
        Assert.Contains(name, Extract.PeopleNames(facts));
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Sanctions imposed by Britain on Tomas Velkor were lifted on Friday.", "Tomas Velkor")]
    [InlineData("The ruling in Texas on Maria Delvane came after a long trial.", "Maria Delvane")]
    [InlineData("The pressure from Canada on Maria Delvane grew after the vote.", "Maria Delvane")]
    public void OnAfterACountryOrAStateOrAnotherWordKeepsThePerson(string text, string name)
    {
        var facts = Extract.From(text);
        Assert.Contains(name, Extract.PeopleNames(facts));
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
    }
}
