using Xunit;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Capitals that abbreviate a term of trade, school, meetings or goods ("EPS", "GPA", "AGM", "SOS", "MRP") name
/// no body; a body whose name holds them is still one.</summary>
public class TermAcronymTests
{
    [Theory]
    [InlineData("Velmark's EPS rose 12 per cent to 88 cents in the half year.", "EPS")]
    [InlineData("The number of pupils with a GPA of 5.0 rose by 2,000 this year.", "GPA")]
    [InlineData("Tom Vik stood down at the club's AGM on Saturday morning.", "AGM")]
    [InlineData("After an SOS call, the coast guard sent a vessel to the reef.", "SOS")]
    [InlineData("Traders were told to sell the seed at MRP or lose their licences.", "MRP")]
    [InlineData("Police in Orra filed an FIR against the driver on Monday.", "FIR")]
    public void TheTermIsNoOrganisation(string text, string term)
    {
        Assert.DoesNotContain(term, Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void ABodysNameHoldingTheTermIsStillABody()
    {
        var names = Extract.OrganizationNames(Extract.From("The GST Council met in Orra on Friday to set new rates."));
        Assert.Contains("GST Council", names);
    }

    [Fact]
    public void AnAcronymOffTheListIsStillABody()
    {
        var names = Extract.OrganizationNames(Extract.From("The VRC said on Monday that it would send more aid to the camps."));
        Assert.Contains("VRC", names);
    }
}
