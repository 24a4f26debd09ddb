using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Ordinary words in title case before a plural word of body name a kind of body.</summary>
public class PluralKindNameTests
{
    [Fact]
    public void OrdinaryWordsBeforeAPluralHeadAreAKind()
    {
        var facts = Extract.From("The project now hosts several Local Interest Groups that build their own packages.");
        Assert.DoesNotContain("Local Interest Groups", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AWordOfItsOwnBeforeAPluralHeadNamesABody()
    {
        var facts = Extract.From("The outage hit Quorvane Web Services for six hours on Tuesday.");
        Assert.Contains("Quorvane Web Services", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ASingularHeadAfterOrdinaryWordsStillNamesABody()
    {
        var facts = Extract.From("The Special Interest Council met on Tuesday to approve the budget.");
        Assert.Contains("Special Interest Council", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APluralAfterAHeadWordIsTheBodysField()
    {
        var facts = Extract.From("Funding came from the Office of Rural and Coastal Services last year.");
        Assert.Contains("Office of Rural and Coastal Services", Extract.OrganizationNames(facts));
    }
}
