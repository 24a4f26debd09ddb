using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A word for the kind of outlet beside its name: "TV" before a broadcaster's acronym ("told Velmish TV VBN")
/// is no part of the name, and a name after "publication" ("trade publication Quellstar") is an outlet.</summary>
public class OutletKindTests
{
    [Theory]
    [InlineData("A party spokesman told velmish TV VBN that it had won most seats.")]
    [InlineData("A party spokesman told Japanese TV VBN that it had won most seats.")]
    [InlineData("The count was shown live on state TV VBN on Sunday.")]
    public void TheAcronymAloneIsTheOutlet(string text)
    {
        var names = Extract.OrganizationNames(Extract.From(text));
        Assert.Contains("VBN", names);
        Assert.DoesNotContain(names, name => name.Contains("TV"));
    }

    [Fact]
    public void ANameAfterTvThatIsNoAcronymIsTheChannels()
    {
        var names = Extract.OrganizationNames(Extract.From("The final was shown on TV Orvada across the region."));
        Assert.Contains("TV Orvada", names);
    }

    [Fact]
    public void ANameAfterPublicationIsAnOutlet()
    {
        var facts = Extract.From("The tour grossed $25 million, according to figures from trade publication Quellstar.");
        Assert.Contains("Quellstar", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ADayAfterPublicationIsNoOutlet()
    {
        var facts = Extract.From("The report was held back before its publication Tuesday by the ministry.");
        Assert.DoesNotContain("Tuesday", Extract.OrganizationNames(facts));
    }
}
