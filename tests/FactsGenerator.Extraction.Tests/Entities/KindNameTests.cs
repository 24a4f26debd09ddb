namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Capitalised words after "a" or "an" that name a kind of body, not one body.</summary>
public class KindNameTests
{
    [Theory]
    [InlineData("The ministry listed the militia as a Designated Hostile Group.", "Designated Hostile Group")]
    [InlineData("The league was declared an Approved Sporting Body, which gave it tax relief.", "Approved Sporting Body")]
    [InlineData("Have you worked for any Registered Relief Agency?", "Registered Relief Agency")]
    [InlineData("Ours is a Village Savings Club - it lends to farmers.", "Village Savings Club")]
    [InlineData("Last year the canal was named a Protected Waterway Trust (PWT). Each PWT gets a grant.", "Protected Waterway Trust")]
    public void ANameHeadingAPhraseAfterAnIndefiniteArticleIsNoBody(string sentence, string kind)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.DoesNotContain(kind, names);
        Assert.DoesNotContain(names, name => name is "PWT");
    }

    [Theory]
    [InlineData("A spokesman for the Tarrow Housing Trust said a Tarrow Housing Trust review was due.", "Tarrow Housing Trust")]
    [InlineData("The storm was measured by a Velm Weather Bureau (VWB) buoy on Monday.", "Velm Weather Bureau")]
    [InlineData("The Velm Rights Council met. It is a Velm Rights Council, which meets yearly.", "Velm Rights Council")]
    public void ABodyUsedAsAModifierOrNamedElsewhereStaysABody(string sentence, string body)
    {
        Assert.Contains(body, Extract.OrganizationNames(Extract.From(sentence)));
    }
}
