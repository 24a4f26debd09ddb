using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"the" + a demonym + a lower-case "military" is a country's armed forces as a whole, no body of its own (as
/// "forces" is not); its army, navy or air force written the same way stays one, and so does a country's own name
/// before "military" ("the U.S. military").</summary>
public class DemonymMilitaryTests
{
    [Theory]
    [InlineData("The Canadian military said the exercise would continue.")]
    [InlineData("The minister urged the Chilean military to stay out of politics.")]
    [InlineData("Further sanctions will follow if the Kenyan military fires on the crowds.")]
    [InlineData("The drones were a gift for the Estonian military.")]
    public void TheDemonymAndMilitaryNameNoBody(string sentence) =>
        Assert.DoesNotContain(Extract.OrganizationNames(Extract.From(sentence)), name => name.EndsWith("military", System.StringComparison.Ordinal));

    [Theory]
    [InlineData("The minister urged the Chilean army to stay out of politics.", "Chilean army")]
    [InlineData("Two fighter jets were scrambled by the Danish air force on Sunday.", "Danish air force")]
    public void TheArmyOrTheAirForceStaysABody(string sentence, string name) =>
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));

    [Fact]
    public void TheCountrysOwnNameBeforeMilitaryStaysABody() =>
        Assert.Contains("United States military", Extract.OrganizationNames(Extract.From("The U.S. military said two drones were lost.")));
}
