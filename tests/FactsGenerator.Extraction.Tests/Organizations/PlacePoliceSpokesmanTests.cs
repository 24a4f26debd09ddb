using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>A place's lower-case police before the person who speaks for it or an abbreviated rank in it ("Kerala
/// police spokesman X", "Quebec provincial police Lt. X") is the force, a body; the force's head is an office.</summary>
public class PlacePoliceSpokesmanTests
{
    [Theory]
    [InlineData("Kerala police spokesman Ana Ruiz said the road had been closed.", "Kerala police")]
    [InlineData("The toll was confirmed by Lagos police spokeswoman Ana Ruiz on Monday.", "Lagos police")]
    [InlineData("Forty people are missing, Quebec provincial police Lt. Jo Kim told reporters.", "Quebec provincial police")]
    [InlineData("Kerala police Sgt. Jo Kim said the men had fled.", "Kerala police")]
    public void TheForceOfTheSpeakerIsABody(string sentence, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Theory]
    // The force's head: "police" belongs to the office.
    [InlineData("Bauchi state police commissioner Ana Ruiz said the jail was attacked.")]
    [InlineData("Kerala police chief Ana Ruiz resigned on Friday.")]
    // A nationality's police names no force.
    [InlineData("Indian police spokesman Ana Ruiz said the road had been closed.")]
    // No name after the noun.
    [InlineData("The Kerala police spokesman declined to comment.")]
    public void AHeadANationalityOrNoNameMakesNoForce(string sentence) =>
        Assert.DoesNotContain(Extract.From(sentence).Organizations, body => body.Name.EndsWith("police", System.StringComparison.Ordinal));

    [Fact]
    public void TheSpeakerKeepsHisRoleAndThePlaceStaysAPlace()
    {
        var facts = Extract.From("Kerala police spokesman Ana Ruiz said the road had been closed.");
        Assert.Contains(facts.Places, place => place.Name == "Kerala");
        Assert.Contains(facts.People, person => person.Name == "Ana Ruiz" && person.Role == "police spokesman");
    }
}
