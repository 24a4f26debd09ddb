namespace FactsGenerator.Extraction.Tests.Entities;

public class CampaignOrganizationTests
{
    [Fact]
    public void TheCampaignOfAPersonInTheDocumentIsABody()
    {
        var facts = Extract.From("Senator Lena Brandt won the primary on Tuesday. The Brandt campaign accused its rivals of spreading rumours.");
        Assert.Contains("Brandt campaign", Extract.OrganizationNames(facts));
        Assert.Contains("Lena Brandt", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APossessiveCampaignOrAnUnknownNameIsNoBody()
    {
        var facts = Extract.From("Senator Lena Brandt won the primary on Tuesday. Brandt's campaign raised more money than the Velmoria campaign.");
        Assert.DoesNotContain("Brandt campaign", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Velmoria campaign", Extract.OrganizationNames(facts));
    }
}
