using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>Credits in a dateline shared by a slash ("(VelmTV/AP) -") or set between slashes ("/TASS/.") sign the story.</summary>
public class SlashedDatelineCreditTests
{
    [Fact]
    public void BothCreditsInTheBracketsAreOrganisations()
    {
        var names = Extract.OrganizationNames(Extract.From("NEW VELM (VelmTV/AP) -- The mayor of Orra was sentenced to two years on Friday."));
        Assert.Contains("VelmTV", names);
        Assert.Contains("AP", names);
    }

    [Fact]
    public void AnAgencyBetweenSlashesAfterTheDateIsAnOrganisation() =>
        Assert.Contains("TASS", Extract.OrganizationNames(Extract.From("TARSK, September 13. /TASS/. The two leaders ended their talks in Orra.")));

    [Theory]
    [InlineData("TARSK, September 13. /Orra/. The two leaders ended their talks.")]
    [InlineData("TARSK, September 13. The two leaders ended their talks. /Orra/ was quiet.")]
    public void ARegionBetweenSlashesIsNoCredit(string text) =>
        Assert.Empty(Extract.OrganizationNames(Extract.From(text)));
}
