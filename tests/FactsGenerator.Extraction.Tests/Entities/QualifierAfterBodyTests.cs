using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>One everyday capital between a body's name and an office qualifies the office, not the body: "VRC Country
/// Director Ana Ruiz", "Velm News Political Editor Tom Vik".</summary>
public class QualifierAfterBodyTests
{
    [Theory]
    [InlineData("\"The gap is huge,\" said VRC Country Director Ana Ruiz on Monday.", "VRC", "country director")]
    [InlineData("Speaking on Friday, Velm News Political Editor Ana Ruiz said the vote was close.", "Velm News", "political editor")]
    [InlineData("Earlier, Harbour Trust Regional Manager Ana Ruiz said the quay would reopen.", "Harbour Trust", "regional manager")]
    public void TheWordJoinsTheOfficeAndTheBodyEndsBeforeIt(string text, string body, string role)
    {
        var facts = Extract.From(text);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.Equal(role, Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void APlaceHeadStaysInTheBody()
    {
        var facts = Extract.From("On Monday, Velm Unified School District Superintendent Ana Ruiz closed the schools.");
        Assert.Contains("Velm Unified School District", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Velm Unified School", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AWordWithoutABodyBeforeItIsLeftAlone()
    {
        var facts = Extract.From("On Monday, Orrvik Retail Director Ana Ruiz opened the shop.");
        Assert.DoesNotContain("Orrvik", Extract.OrganizationNames(facts));
        Assert.NotEqual("retail director", Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void APlacesLastWordIsNoQualifier()
    {
        var facts = Extract.From("On Monday, United States Attorney Ana Ruiz charged the two men.");
        Assert.DoesNotContain("United", Extract.OrganizationNames(facts));
        Assert.NotEqual("states attorney", Extract.Person(facts, "Ana Ruiz").Role);
    }
}
