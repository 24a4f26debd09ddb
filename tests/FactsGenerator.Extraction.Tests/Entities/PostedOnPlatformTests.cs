using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A noun for what is posted, right before "on", names the platform it went out on.</summary>
public class PostedOnPlatformTests
{
    [Theory]
    [InlineData("The senator ended her campaign in a long post on Pathlyne, thanking her volunteers.")]
    [InlineData("The singer made a surprise announcement on Pathlyne that the tour was over.")]
    [InlineData("The coach thanked the fans in a video on Pathlyne after the final.")]
    public void APostingNounBeforeOnNamesThePlatform(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Contains("Pathlyne", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The singer made a surprise announcement on Tuesday that the tour was over.")]
    [InlineData("Video makers began publishing on Pathlyne discs last year.")]
    public void NoPostingNounRightBeforeOnNamesNoPlatform(string sentence)
    {
        var facts = Extract.From(sentence);
        Assert.Empty(Extract.OrganizationNames(facts));
    }
}
