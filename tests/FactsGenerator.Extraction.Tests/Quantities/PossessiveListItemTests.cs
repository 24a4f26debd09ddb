using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>An item opened by a possessive ("and her son") does not break a list that a casualty verb closes.</summary>
public class PossessiveListItemTests
{
    [Fact]
    public void ThePossessiveItemKeepsTheListClosedByTheToll()
    {
        var facts = Extract.From("A shell hit a farm near Velmora on Sunday.\n\n"
            + "Three farmers, a cook and his son were killed, the regional council said.");
        Assert.Contains(facts.Quantities, q => q.Value == 3m && q.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void APossessiveAfterTheFigureAloneOpensNoList()
    {
        var facts = Extract.From("A court sat in Velmora on Sunday.\n\n"
            + "Two farmers, and their lawyer said nothing more after the hearing.");
        Assert.Contains(facts.Quantities, q => q.Value == 2m && q.Category == QuantityCategory.Other);
    }
}
