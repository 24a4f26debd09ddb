using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"UN Refugee Chief X", "ORB Foreign Policy Chief X": one or two everyday capitals between a body written in
/// initials and an office say which chief or director the person is; they stay in the role and the initials alone are
/// the body.</summary>
public class TwoQualifiersAfterInitialsTests
{
    [Theory]
    [InlineData("Earlier, ORB Foreign Policy Chief Ana Ruiz said she was hopeful about the talks.", "ORB", "foreign policy chief")]
    [InlineData("Speaking on Friday, UN Refugee Chief Ana Ruiz said the camps were full.", "UN", "refugee chief")]
    [InlineData("On Monday, VRC Water Supply Director Ana Ruiz said the pumps had failed.", "VRC", "water supply director")]
    public void TheWordsJoinTheOfficeAndTheInitialsAreTheBody(string text, string body, string role)
    {
        var facts = Extract.From(text);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.Equal(role, Extract.Person(facts, "Ana Ruiz").Role);
        Assert.Equal(body, Extract.Person(facts, "Ana Ruiz").Affiliation);
    }

    [Fact]
    public void ABodyWordAmongTheWordsKeepsThemInTheBody()
    {
        // "Harbour Board" ends the body's name: only the one word after it qualifies the office.
        var facts = Extract.From("Later, Velm Harbour Board Regional Manager Ana Ruiz spoke to the crews.");
        Assert.Contains("Velm Harbour Board", Extract.OrganizationNames(facts));
        Assert.Equal("regional manager", Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void AFirmsPresidentAfterTwoWordsIsLeftToTheFirm()
    {
        // Only a chief's remit follows initials this way: a president heads the firm the words may name.
        var facts = Extract.From("On Monday, KLM Cargo Sales President Ana Ruiz said demand was weak.");
        Assert.NotEqual("cargo sales president", Extract.Person(facts, "Ana Ruiz").Role);
    }
}
