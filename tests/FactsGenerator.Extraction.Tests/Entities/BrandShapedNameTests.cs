using FactsGenerator.Extraction.Entities;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A capital inside a word writes a brand or a product, except after a family-name prefix.</summary>
public class BrandShapedNameTests
{
    [Theory]
    [InlineData("CentOS", true)]
    [InlineData("GitHub", true)]
    [InlineData("YouTube", true)]
    [InlineData("McGaugh", false)]
    [InlineData("MacArthur", false)]
    [InlineData("DeSantis", false)]
    [InlineData("LeBron", false)]
    [InlineData("O'Brien", false)]
    [InlineData("Ruiz", false)]
    public void OnlyAFamilyNamePrefixMayPrecedeAnInnerCapital(string word, bool brand)
    {
        Assert.Equal(brand, NameForms.IsBrandShaped(word));
    }

    [Fact]
    public void APersonWithAPrefixedFamilyNameStaysAPerson()
    {
        var facts = Extract.From("The bill was signed by Governor Rory McGaugh on Monday.");
        Assert.Equal("Rory McGaugh", Assert.Single(facts.People).Name);
    }
}
