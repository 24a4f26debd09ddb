namespace FactsGenerator.Extraction.Tests.Entities;

public class OrganizationListTests
{
    [Fact]
    public void NamesEnumeratedWithSeveralKnownBodiesAreBodies()
    {
        var facts = Extract.From("Within hours Reuters, Velmwire, Harbour Daily, and Costco had all repeated the claim.");
        Assert.Contains("Velmwire", Extract.OrganizationNames(facts));
        Assert.Contains("Harbour Daily", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void OneKnownBodyDoesNotMakeItsListBodies()
    {
        var facts = Extract.From("Talks were held in Dunmore, Arlow and Pellin with help from Boeing.");
        var facts2 = Extract.From("The prize went to Velmwire, Tarkon and Boeing.");
        Assert.DoesNotContain("Velmwire", Extract.OrganizationNames(facts2));
        Assert.DoesNotContain("Arlow", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AListNamingAPersonIsNotAListOfBodies()
    {
        var facts = Extract.From("Analyst Maria Lindqvist said on Monday that the deal was fair. Lindqvist, Velmwire, Reuters and Boeing were all invited.");
        Assert.DoesNotContain("Velmwire", Extract.OrganizationNames(facts));
    }
}
