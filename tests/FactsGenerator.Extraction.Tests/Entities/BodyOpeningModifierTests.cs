using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A word that also qualifies titles ("Federal", "Supreme", "National", "Foreign") opening a body before a
/// capitalised office stays in the body's name: "Federal Reserve Chairman Ana Ruiz" names the "Federal Reserve", not
/// "Reserve". Only words of the holder's standing ("Acting", "Former", "Senior") stand outside it.</summary>
public class BodyOpeningModifierTests
{
    [Theory]
    [InlineData("On Tuesday, Federal Reserve Chairman Ana Ruiz said rates would hold.", "Federal Reserve", "Reserve", "chairman")]
    [InlineData("In a dissent, Supreme Court Justice Ana Ruiz wrote that the law was vague.", "Supreme Court", "Court", "justice")]
    [InlineData("On Monday, National Assembly Speaker Ana Ruiz adjourned the sitting.", "National Assembly", "Assembly", "speaker")]
    [InlineData("In Velmgrad, Foreign Ministry Spokesman Ana Ruiz denied the claim.", "Foreign Ministry", "Ministry", "spokesman")]
    public void TheWordOpensTheBodysName(string text, string body, string cut, string role)
    {
        var facts = Extract.From(text);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(cut, Extract.OrganizationNames(facts));
        var person = Extract.Person(facts, "Ana Ruiz");
        Assert.Equal(role, person.Role);
        Assert.Equal(body, person.Affiliation);
    }

    [Fact]
    public void AWordOfStandingStaysOutOfTheBody()
    {
        var facts = Extract.From("On Monday, Acting Velm Harbour Board Chairman Ana Ruiz closed the port.");
        Assert.Contains("Velm Harbour Board", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Acting Velm Harbour Board", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AfterAPartysAdjectiveTheWordIsThePartys()
    {
        var facts = Extract.From("The seat fell vacant after Liberal National MP Ana Ruiz resigned.");
        Assert.DoesNotContain("National", Extract.OrganizationNames(facts));
        Assert.NotEqual("National", Extract.Person(facts, "Ana Ruiz").Affiliation);
    }
}
