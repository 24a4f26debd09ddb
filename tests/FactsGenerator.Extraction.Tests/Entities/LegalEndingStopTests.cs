using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A company's abbreviated legal ending keeps the stop the text writes after it ("Velm Energy Inc."), as a
/// generational suffix does; written without one it stays without.</summary>
public class LegalEndingStopTests
{
    [Theory]
    [InlineData("Shares of Velm Energy Inc. fell 4% on Monday.", "Velm Energy Inc.")]
    [InlineData("The mill was sold to Orra Timber Ltd. last year.", "Orra Timber Ltd.")]
    [InlineData("The two firms sued Harlow Glass Corp. on Friday.", "Harlow Glass Corp.")]
    public void TheStopIsPartOfTheName(string text, string name)
    {
        var names = Extract.OrganizationNames(Extract.From(text));
        Assert.Contains(name, names);
        Assert.DoesNotContain(name.TrimEnd('.'), names);
    }

    [Fact]
    public void AnEndingWrittenWithoutAStopStaysWithout()
    {
        var names = Extract.OrganizationNames(Extract.From("Shares of Velm Energy Inc fell 4% on Monday."));
        Assert.Contains("Velm Energy Inc", names);
        Assert.DoesNotContain("Velm Energy Inc.", names);
    }

    [Fact]
    public void TheCompanysPeopleNameItWithTheStop()
    {
        var facts = Extract.From("Ana Ruiz, chief executive of Velm Energy Inc., said the plant would reopen.");
        Assert.Equal("Velm Energy Inc.", Extract.Person(facts, "Ana Ruiz").Affiliation);
    }
}
