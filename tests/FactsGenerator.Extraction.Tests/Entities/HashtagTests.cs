namespace FactsGenerator.Extraction.Tests.Entities;

public class HashtagTests
{
    [Theory]
    [InlineData("The hashtag #SaveTheHarbour trended on Friday.", "SaveTheHarbour")]
    [InlineData("Fans posted under #VelmDebate all night.", "VelmDebate")]
    public void AWordAfterAHashIsATagNotAnOrganisation(string sentence, string tag)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(tag, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(tag, Extract.PeopleNames(facts));
    }
}
