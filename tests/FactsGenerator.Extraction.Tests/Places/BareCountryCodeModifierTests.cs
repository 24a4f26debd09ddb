using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

public class BareCountryCodeModifierTests
{
    [Fact]
    public void ACodeBeforeANounWithNoArticleOnlyQualifiesIt()
    {
        var facts = Extract.From("The trawler sank on Sunday, US officials said. Its crew had hoped to reach US shores before the storm. "
            + "The catch was worth 4 million US dollars.");
        Assert.DoesNotContain("United States", Extract.PlaceNames(facts));
    }

    [Fact]
    public void TroopsOrOfficialsAfterTheCodeAreItsPeople()
    {
        Assert.DoesNotContain("United States", Extract.PlaceNames(Extract.From("Reports said US troops crossed the river while US officials watched.")));
    }

    [Fact]
    public void TheCodeNamedAsANounAnywhereIsAPlace()
    {
        var facts = Extract.From("US officials said the trawler had left Halifax. Its crew had hoped to reach the US by Friday.");
        Assert.Contains("United States", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACountryNamedInFullBeforeANounIsStillAPlace()
    {
        var facts = Extract.From("The trawler sank on Sunday, Portugal officials said.");
        Assert.Contains("Portugal", Extract.PlaceNames(facts));
    }
}
