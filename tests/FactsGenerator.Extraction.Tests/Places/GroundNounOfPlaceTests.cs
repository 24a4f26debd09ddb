using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// "the general area of X", "the vicinity of X", "the port of X": a lower-case noun of ground or harbour before "of"
// and an unknown name makes the name a place, even one that opens like a person's name; a name of English words
// only ("the area of Public Health") or an owner before a possessive is left alone.
public class GroundNounOfPlaceTests
{
    [Theory]
    [InlineData("Troops searched the general area of Velmuza near the border on Monday.", "Velmuza")]
    [InlineData("A patrol came under fire in the vicinity of Qarnoun, the force said.", "Qarnoun")]
    [InlineData("The ferry left the port of Tavrin Ostal at dawn.", "Tavrin Ostal")]
    public void AnUnknownNameAfterAGroundNounIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.PeopleNames(facts));
        Assert.DoesNotContain(place, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AFieldOfWorkAfterAreaIsNoPlace()
    {
        var facts = Extract.From("She has long worked in the area of Public Health and teaches at a college.");
        Assert.DoesNotContain("Public Health", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnOwnerBeforeAPossessiveIsNoPlace()
    {
        var facts = Extract.From("Police closed the area of Kestrel Holdings' new plant on Friday.");
        Assert.DoesNotContain("Kestrel Holdings", Extract.PlaceNames(facts));
    }
}
