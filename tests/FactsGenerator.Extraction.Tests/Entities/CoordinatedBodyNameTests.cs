namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"and" between two bodies' names: a short field after "and" ends the first body's name unless it runs on
/// over a second "and" to a head word of its own.</summary>
public class CoordinatedBodyNameTests
{
    [Fact]
    public void ASecondNameWithItsOwnAndAndHeadIsAnotherBody()
    {
        var facts = Extract.From("Officials from the Department of Fisheries and Harbour Safety and Tide Administration were at the pier.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Department of Fisheries", names);
        Assert.Contains("Harbour Safety and Tide Administration", names);
    }

    [Fact]
    public void AShortFieldAfterAndStillEndsTheFirstName()
    {
        var facts = Extract.From("The Department of Fisheries and Harbours said the pier was closed.");
        Assert.Contains("Department of Fisheries and Harbours", Extract.OrganizationNames(facts));
    }
}
