namespace FactsGenerator.Extraction.Tests.Entities;

public class KnownOrganizationTests
{
    [Theory]
    [InlineData("Investigators said the plane was built by Boeing in 2015.", "Boeing")]
    [InlineData("Costco limited every shopper to two packs on Friday.", "Costco")]
    [InlineData("The figures were first printed by USA Today last week.", "USA Today")]
    [InlineData("He later played for the Sacramento Kings for three seasons.", "Sacramento Kings")]
    [InlineData("She booked the flight with Lufthansa because it was cheaper.", "Lufthansa")]
    [InlineData("The series will stream on Hulu from next spring.", "Hulu")]
    [InlineData("Shares in Gazprom fell sharply on Tuesday.", "Gazprom")]
    [InlineData("Local officials blamed the Taliban for the roadside blast.", "Taliban")]
    [InlineData("The town was held by Islamic State until 2017.", "Islamic State")]
    [InlineData("Europol said the network spanned nine countries.", "Europol")]
    public void AWellKnownBodyNamedWithNoTelltaleWordIsAnOrganisation(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PlaceNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("The claim was first printed by The Hill on Monday evening.", "The Hill")]
    [InlineData("A reporter told The Independent that the claim was false.", "The Independent")]
    [InlineData("The fund-raiser was promoted by Mozilla last year.", "Mozilla")]
    public void AWebsiteNamedByItsDomainIsAnOrganisation(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACommonWordIsAWebsiteOnlyWithACapitalThe()
    {
        var facts = Extract.From("Voters in the district backed an Independent candidate on Monday.");
        Assert.DoesNotContain("Independent", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ATeamNamedAfterItsCityIsNotThatCity()
    {
        var facts = Extract.From("The Utah Jazz beat the visitors by ten points.");
        Assert.Contains("Utah Jazz", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Utah", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APersonWhoseSurnameIsAKnownBodyStaysAPerson()
    {
        var facts = Extract.From("Local farmer Tomas Boeing, 52, said the storm had flattened his barn. Boeing said he would rebuild.");
        Assert.Contains("Tomas Boeing", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Boeing", Extract.OrganizationNames(facts));
    }
}
