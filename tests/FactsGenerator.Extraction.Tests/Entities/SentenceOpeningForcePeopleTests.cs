namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A plural noun for a force's people opening a sentence ("Detectives of the X") is no part of the body's name.</summary>
public class SentenceOpeningForcePeopleTests
{
    [Fact]
    public void DetectivesOpeningTheSentenceStayOutOfTheName()
    {
        var facts = Extract.From("Detectives of the Harlow State Police Command have arrested six men, a spokesman said.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Harlow State Police Command", names);
        Assert.DoesNotContain("Detectives of the Harlow State Police Command", names);
    }

    [Fact]
    public void OfficersOpeningTheSentenceStayOutOfTheName()
    {
        var facts = Extract.From("Officers of the Velm Police Service searched the house on Monday.");
        Assert.Contains("Velm Police Service", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheWordInsideABodysNameStays()
    {
        var facts = Extract.From("On Monday the Velm Border Guards said they had closed the crossing.");
        Assert.Contains("Velm Border Guards", Extract.OrganizationNames(facts));
    }
}
