namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>An ordinary word whose capital only opens its sentence is a common noun, not a body that reports.</summary>
public class SentenceOpeningCommonNounTests
{
    [Fact]
    public void APluralNounOpeningASentenceInsideAQuotationIsNoBody()
    {
        var facts = Extract.From("The ministry said: “Cumulative cases: 34 (16 confirmed, 18 probable). Cases reported outside Tarsk: 3 in Orrin.”");
        Assert.DoesNotContain("Cases", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ANameThatIsNoOrdinaryWordStillSpeaksAsABody()
    {
        var facts = Extract.From("Officials met on Monday. Brennvik reported a loss of 3 million dollars.");
        Assert.Contains("Brennvik", Extract.OrganizationNames(facts));
    }
}
