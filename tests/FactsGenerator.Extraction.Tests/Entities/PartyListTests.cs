using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

public class PartyListTests
{
    [Theory]
    [InlineData("The Green and Labour parties both opposed the harbour levy in March.")]
    [InlineData("The Green and Labour Parties both opposed the harbour levy in March.")]
    public void AdjectivesBeforePluralPartiesNameEachParty(string sentence)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains("Green Party", names);
        Assert.Contains("Labour Party", names);
        Assert.DoesNotContain(names, n => n.Contains("Parties") || n.Contains(" and "));
    }

    [Fact]
    public void ThreeAdjectivesBeforePartiesNameThreeParties()
    {
        var names = Extract.OrganizationNames(Extract.From("Talks between the Green, Labour and Liberal parties resumed on Friday."));
        Assert.Contains("Green Party", names);
        Assert.Contains("Labour Party", names);
        Assert.Contains("Liberal Party", names);
    }

    [Fact]
    public void AdjectivesBeforeOtherPluralsNameNoParty()
    {
        var names = Extract.OrganizationNames(Extract.From("The Green and Labour candidates both opposed the harbour levy in March."));
        Assert.DoesNotContain("Green Party", names);
    }
}
