namespace FactsGenerator.Extraction.Tests.Entities;

public class NamedHouseTests
{
    [Theory]
    [InlineData("The van drove on to the Orrin House and reversed into the gates.", "Orrin House")]
    [InlineData("Protesters damaged the rear gates of Harlow House on Friday.", "Harlow House")]
    [InlineData("A gate at Velm Buildings was rammed overnight.", "Velm Buildings")]
    [InlineData("The two leaders met inside the Presidential Villa on Sunday.", "Presidential Villa")]
    [InlineData("She received the envoy at her official residence, Kestrel House, on Monday.", "Kestrel House")]
    public void AHouseWhereSomethingHappensIsAPlace(string sentence, string house)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(house, Extract.PlaceNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name == house);
    }

    [Theory]
    [InlineData("She was elected to the Ohio House in 2010.", "Ohio House")]
    [InlineData("The bill failed to win a vote in the U.S. House last week.", "U.S. House")]
    [InlineData("He scored twice for his new club at Aston Villa last season.", "Aston Villa")]
    public void AStateChamberOrAClubIsNoHouse(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
    }
}
