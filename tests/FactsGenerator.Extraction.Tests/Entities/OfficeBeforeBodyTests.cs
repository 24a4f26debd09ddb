namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An office of two or more words written straight before the body it heads is no part of the body's name.</summary>
public class OfficeBeforeBodyTests
{
    [Fact]
    public void TheOfficeIsLeftOutOfTheBody()
    {
        var facts = Extract.From("Also speaking, the Managing Director Velmoria Film Corporation, Mr. Jo Kimbal, said the economy could grow.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Velmoria Film Corporation", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Managing", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AOneWordOpenerStaysInTheName()
    {
        var facts = Extract.From("Its shares fell, the General Harbour Company said on Monday.");
        Assert.Contains("General Harbour Company", Extract.OrganizationNames(facts));
    }
}
