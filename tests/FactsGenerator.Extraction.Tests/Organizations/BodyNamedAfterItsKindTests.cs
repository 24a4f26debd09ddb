using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>A body introduced by its kind: "an aid group called X" and "the X company" name a body though no list
/// knows the name.</summary>
public class BodyNamedAfterItsKindTests
{
    [Theory]
    [InlineData("The two nurses volunteered for an aid group called Velm Relief Mission in the north.", "Velm Relief Mission")]
    [InlineData("The suit was filed by a campaign group named Parents for Safer Roads last year.", "Parents for Safer Roads")]
    [InlineData("He said he would found a party called Velm Forward before the election.", "Velm Forward")]
    [InlineData("A Velm-based charity named Orra Wells Trust paid for the pumps.", "Orra Wells Trust")]
    [InlineData("The coach belonged to the Tarsk Reisen company and had left on Friday.", "Tarsk Reisen")]
    [InlineData("Regulators said the Orra Midstream Pipeline company reported the leak on Sunday.", "Orra Midstream Pipeline")]
    public void TheNameGivenToAKindOfBodyIsABody(string sentence, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Theory]
    // A person called so after a noun for a person, and a place called so after a kind of place.
    [InlineData("She met a man called Tom Hale at the bar.", "Tom Hale")]
    [InlineData("They reached a village called Orrby before dark.", "Orrby")]
    // A place before "company" says where the firm is.
    [InlineData("The Texas company said it would appeal the ruling.", "Texas")]
    // One word before "company" is more often what it makes or where it is.
    [InlineData("The Tarsk company said it would appeal the ruling.", "Tarsk")]
    // After "the" a body's "called" and "named" are its own verbs.
    [InlineData("The company named Brannigan Holt as its new chief executive on Tuesday.", "Brannigan Holt")]
    [InlineData("The union called Brannigan Holt a liar during the rally.", "Brannigan Holt")]
    [InlineData("The opposition party called Tarsk's decision illegal and vowed to appeal.", "Tarsk")]
    [InlineData("The team named Kowalski captain for the new season.", "Kowalski")]
    // A known given name opening the run names the firm's owner.
    [InlineData("Investors said the Jo Kim firm would be sold.", "Jo Kim")]
    // A count ranks a firm among its peers.
    [InlineData("The Big Four firm was fined by regulators in March.", "Big Four")]
    public void APersonAPlaceOrOneWordIsNoBody(string sentence, string name) =>
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
}
