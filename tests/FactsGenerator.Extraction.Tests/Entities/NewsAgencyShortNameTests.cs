namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A news agency named without "News Agency" ("Orvik" for "Orvik News Agency") is the same body.</summary>
public class NewsAgencyShortNameTests
{
    [Fact]
    public void TheAgencysOwnNameIsAnAliasOfItsFullName()
    {
        var facts = Extract.From("The official Orvik News Agency reported 700 dead on Monday. Orvik said more help was needed.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Orvik News Agency");
        Assert.Contains("Orvik", body.Aliases);
        Assert.DoesNotContain("Orvik", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APressAgencyIsShortenedTheSameWay()
    {
        var facts = Extract.From("Velmar said the talks had failed, according to the Velmar Press Agency, which cited two officials.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "Velmar Press Agency");
        Assert.Contains("Velmar", body.Aliases);
    }

    [Fact]
    public void AnAgencyOfAnotherKindKeepsItsShortNameApart()
    {
        var facts = Extract.From("The Orvik Flood Agency said on Monday that Orvik Flood had closed two roads.");
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Orvik Flood Agency" && System.Linq.Enumerable.Contains(o.Aliases, "Orvik"));
    }
}
