using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>A title opened by a capitalised "The" in mid-sentence after "tells"/"telling", or before "had/has
/// reported", is an outlet cited as a source.</summary>
public class TitledOutletCueTests
{
    [Theory]
    [InlineData("The dams are nearly empty, an engineer in the city tells The Meridian.", "The Meridian")]
    [InlineData("Speaking by phone, Ana Ruiz was telling The Orra Courier that the road was shut.", "The Orra Courier")]
    [InlineData("The minister held assets far beyond his income, The Tarsk Express had reported.", "The Tarsk Express")]
    [InlineData("The mayor resigned on Monday, The Velm Herald has reported.", "The Velm Herald")]
    public void TheTitleIsAnOutlet(string sentence, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Theory]
    // A person's name is told things too, and reports things.
    [InlineData("The dams are nearly empty, an engineer in the city tells Ana Ruiz.", "Ana Ruiz")]
    [InlineData("Police said Ana Ruiz had reported the theft on Monday.", "Ana Ruiz")]
    // A story's title: what is told, not who is told.
    [InlineData("He said the band tells The Harrow Tale, a song about his father.", "The Harrow Tale")]
    public void APersonsNameIsNoOutlet(string sentence, string name) =>
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Fact]
    public void APlaceThatKeepsItsTheIsNoOutlet()
    {
        var facts = Extract.From("Health officials said The Gambia has reported three new cases of the virus.");
        Assert.DoesNotContain(facts.Organizations, body => body.Name.Contains("Gambia"));
        Assert.Contains(facts.Places, place => place.Name == "Gambia");
    }
}
