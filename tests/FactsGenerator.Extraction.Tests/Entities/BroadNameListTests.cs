namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>People whose given names come from outside the English-speaking world, with no other clue beside them.</summary>
public class BroadNameListTests
{
    [Fact]
    public void AGivenNameFromAnotherCountryMakesAPerson()
    {
        var facts = Extract.From("The report was drafted by Miodrag Velkaric and Katariina Osterholm over the winter.");
        Assert.Contains("Miodrag Velkaric", Extract.PeopleNames(facts));
        Assert.Contains("Katariina Osterholm", Extract.PeopleNames(facts));
    }
}
