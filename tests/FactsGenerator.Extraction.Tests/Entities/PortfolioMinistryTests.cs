namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A ministry written as its portfolio and a lower-case "ministry" ("the health ministry said") is a body, and an
/// owner's lower-case body ("Velmora's health ministry") goes by the words after the possessive too.</summary>
public class PortfolioMinistryTests
{
    [Theory]
    [InlineData("The outbreak has claimed 40 lives, the country's health ministry confirmed on Tuesday.", "health ministry")]
    [InlineData("Several officials at the agriculture ministry are accused of taking bribes.", "agriculture ministry")]
    [InlineData("In a short statement the interior ministry said the curfew would be lifted.", "interior ministry")]
    [InlineData("The ambassador was summoned by the foreign ministry on Friday.", "foreign ministry")]
    // A possessive in capitals is a possessive too, as everywhere in the engine.
    [InlineData("The outbreak has claimed 40 lives, the country'S health ministry confirmed on Tuesday.", "health ministry")]
    public void ThePortfolioAndMinistryEndingThePhraseNameTheBody(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("A health ministry official said the clinics were full.")]
    [InlineData("The figures came from health ministry spokesman Tomas Vell on Monday.")]
    [InlineData("The new ministry will open next year.")]
    [InlineData("Officials said the finance ministry budget was cut.")]
    public void AnOfficeASiteOrAnotherWordNamesNoBody(string sentence)
    {
        Assert.DoesNotContain(Extract.From(sentence).Organizations, body => body.Name.EndsWith("ministry", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AnOwnersLowerCaseBodyGoesByTheWordsAfterThePossessive()
    {
        var facts = Extract.From("Velmora's health ministry reported two new cases. In a statement the health ministry said both patients were stable.");
        var body = Assert.Single(facts.Organizations);
        Assert.Equal("Velmora's health ministry", body.Name);
        Assert.Contains("health ministry", body.Aliases);
    }

    [Fact]
    public void AnOwnersOneNounIsNoShortName()
    {
        var facts = Extract.From("Velmora's parliament passed the budget on Friday.");
        Assert.All(facts.Organizations, body => Assert.DoesNotContain("parliament", body.Aliases));
    }
}
