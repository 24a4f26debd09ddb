namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A nation's army, navy, coastguard or parliament written as "the" + demonym + a lower-case noun is a body
/// (its "military" is not: see DemonymMilitaryTests).</summary>
public class NationalBodyInLowerCaseTests
{
    [Theory]
    [InlineData("Flood victims were airlifted by the Peruvian army on Tuesday.", "Peruvian army")]
    [InlineData("The Norwegian navy, which sent two frigates, said the crew was safe.", "Norwegian navy")]
    [InlineData("A fishing boat was towed to port by the Greek coastguard after the storm.", "Greek coastguard")]
    [InlineData("Last week the Austrian parliament passed the budget by a wide margin.", "Austrian parliament")]
    [InlineData("Two fighter jets were scrambled by the Danish air force on Sunday.", "Danish air force")]
    public void TheDemonymAndTheNounEndingThePhraseNameTheBody(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Protesters gathered outside the Peruvian army headquarters in the capital.")]
    [InlineData("A Norwegian navy officer told reporters the ship was safe.")]
    [InlineData("The party won 40 seats in the 120-seat Austrian parliament last year.")]
    [InlineData("The case was heard by a Scottish court in the spring.")]
    [InlineData("The Danish government said the talks would continue.")]
    public void ASiteAnOfficeACountOrAnotherNounNamesNoBody(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Organizations);
    }
}
