namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A ministry written in lower case with its field is a body ("the ministry of fisheries").</summary>
public class LowerCaseMinistryTests
{
    [Theory]
    [InlineData("The ministry of fisheries has not replied to the letter.", "ministry of fisheries")]
    [InlineData("Farmers wrote to the ministry of trade and industry last week.", "ministry of trade and industry")]
    [InlineData("Growers say the ministry of water gave them nothing.", "ministry of water")]
    [InlineData("A ministry of roads spokesman said the bridge would reopen.", "ministry of roads")]
    public void ALowerCaseMinistryAndItsFieldIsABody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACountryAfterASecondOfBelongsToTheName()
    {
        var facts = Extract.From("A letter from the ministry of social affairs of Spain reached the union in May.");
        Assert.Contains("ministry of social affairs of Spain", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TwoMinistriesJoinedByAndAreTwoBodies()
    {
        var names = Extract.OrganizationNames(Extract.From("The ministry of ports and the ministry of mines have split over the plan."));
        Assert.Contains("ministry of ports", names);
        Assert.Contains("ministry of mines", names);
    }

    [Fact]
    public void AMinistryWithoutAFieldIsNoBody()
    {
        Assert.DoesNotContain(Extract.OrganizationNames(Extract.From("The ministry of the interior declined to comment.")), n => n.StartsWith("ministry", System.StringComparison.Ordinal));
    }
}
