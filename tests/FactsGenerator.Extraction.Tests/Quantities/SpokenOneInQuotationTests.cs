using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Inside a direct quotation of a news story "one" or "a single" before a thing is the spoken article, not a count.</summary>
public class SpokenOneInQuotationTests
{
    [Fact]
    public void OneBeforeAThingInsideAQuotationIsNoCount()
    {
        var facts = Extract.From("The farmer spoke at the market in Velmora.\n\n"
            + "\"We kept everything in one barn and did not sell a single sheep,\" the farmer said on Monday.");
        Assert.DoesNotContain(facts.Quantities, q => q.Value == 1m);
    }

    [Fact]
    public void AQuotationRunningOverParagraphsIsStillSpeech()
    {
        var facts = Extract.From("The farmer spoke at the market in Velmora.\n\n"
            + "\"It was a hard winter for the whole valley.\n\n\"We kept everything in one barn,\" she said.");
        Assert.DoesNotContain(facts.Quantities, q => q.Value == 1m);
    }

    [Fact]
    public void OneOutsideTheQuotationOrBeforeAPersonOrATimeStillCounts()
    {
        var prose = Extract.From("The farmer spoke at the market in Velmora.\n\n"
            + "\"It was hard,\" she said. The storm destroyed one barn near the river.");
        Assert.Contains(prose.Quantities, q => q.Value == 1m && q.Unit == "barns");

        var person = Extract.From("The farmer spoke at the market in Velmora.\n\n"
            + "\"One worker was hurt and we waited one week for help,\" she said.");
        Assert.Contains(person.Quantities, q => q.Value == 1m && q.Category == Model.QuantityCategory.Casualties);
        Assert.Contains(person.Quantities, q => q.Value == 1m && q.Unit == "weeks");
    }
}
