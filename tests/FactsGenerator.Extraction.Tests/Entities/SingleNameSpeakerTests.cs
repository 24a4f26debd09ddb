namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>One-word names that speak: a first name used alone, or the short name of a known company.</summary>
public class SingleNameSpeakerTests
{
    [Fact]
    public void AFirstNameThatSpeaksAloneIsAPersonAndGetsTheQuotation()
    {
        var facts = Extract.From("We wrote to the maintainer of the tool. Later, Ignatius said, \"we cannot restore it yet.\"");
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Ignatius", quote.Speaker);
    }

    [Fact]
    public void TheFirstWordOfAKnownCompanyThatSpeaksIsTheCompany()
    {
        var facts = Extract.From("Investigators questioned Dexter Motor Company on Monday. In a filing, Dexter also said \"the review covers only emissions.\"");
        Assert.DoesNotContain("Dexter", Extract.PeopleNames(facts));
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Dexter Motor Company", quote.Speaker);
    }
}
