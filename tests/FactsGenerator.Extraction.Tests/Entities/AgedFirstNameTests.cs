namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A first name given with an age is a person's, and what that person says has a speaker.</summary>
public class AgedFirstNameTests
{
    [Fact]
    public void AFirstNameAfterACapitalisedAgeSpeaks()
    {
        var facts = Extract.From("The school fair opened on Saturday.\n\nEleven-year-old Mirela, in charge of the raffle, said \"the cake stall sold out first\".");
        Assert.Contains("Mirela", Extract.PeopleNames(facts));
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Mirela", quote.Speaker);
    }

    [Fact]
    public void AFirstNameWithAnAgeBetweenCommasSpeaks()
    {
        var facts = Extract.From("A ferry struck the pier on Monday.\n\nTobias, 15, said \"I thought the engine had exploded\".");
        var quote = Assert.Single(facts.Quotes);
        Assert.Equal("Tobias", quote.Speaker);
    }

    [Fact]
    public void AWordThatIsNoGivenNameAfterAnAgeIsNoPerson()
    {
        var facts = Extract.From("The breeder sold a 5-year-old Labrador to a family in Dover.");
        Assert.DoesNotContain("Labrador", Extract.PeopleNames(facts));
    }
}
