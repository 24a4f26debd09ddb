namespace FactsGenerator.Extraction.Tests.Entities;

public class PublishedInTests
{
    [Theory]
    [InlineData("In findings published on Wednesday in Orbis Reports, biologists described the moth.", "Orbis Reports")]
    [InlineData("In a paper published Tuesday in Harlow Botany, the team named the fern.", "Harlow Botany")]
    [InlineData("The results were published last week in Quillon Medica and drew wide notice.", "Quillon Medica")]
    public void WhatAStudyIsPublishedInAfterAFewTimeWordsIsAPublication(string sentence, string journal)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(journal, Extract.PlaceNames(facts));
        Assert.Contains(journal, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APlaceAfterInWithoutPublishingStaysAPlace()
    {
        var facts = Extract.From("The team met on Wednesday in Dunmere to plan the survey.");
        Assert.Contains("Dunmere", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APublicationTitleRunsOverAnd()
    {
        var names = Extract.OrganizationNames(Extract.From("The study was published in Harlow Soil Science and Technology on Monday."));
        Assert.Contains("Harlow Soil Science and Technology", names);
    }
}
