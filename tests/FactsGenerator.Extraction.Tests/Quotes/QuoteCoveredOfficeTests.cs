using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Another word for an office on second reference ("the premier" for a prime minister, "the judge" for a justice)
/// stands for the one person holding an office it covers.
/// </summary>
public class QuoteCoveredOfficeTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void ThePremierIsThePrimeMinisterNamedBefore()
    {
        var facts = Extract.From("Prime Minister Odile Brask toured the harbour on Monday.\n\n\"No family will be left without a roof,\" the premier said.");
        Assert.Equal("Odile Brask", Quote(facts, "No family").Speaker);
    }

    [Fact]
    public void TheCapitalisedPremierIsTheChiefMinisterNamedBefore()
    {
        var facts = Extract.From("Chief Minister Arvind Tolani inspected the relief camps.\n\n\"Every camp will get clean water,\" the Premier told reporters.");
        Assert.Equal("Arvind Tolani", Quote(facts, "Every camp").Speaker);
    }

    [Fact]
    public void TheJudgeIsTheJusticeNamedBefore()
    {
        var facts = Extract.From("Chief Justice Hanne Morvik dismissed the appeal on Friday. \"The appeal has no merit at all,\" the judge said.");
        Assert.Equal("Hanne Morvik", Quote(facts, "The appeal").Speaker);
    }

    [Fact]
    public void AFormerPrimeMinisterIsNoPremier()
    {
        var facts = Extract.From("Former Prime Minister Odile Brask toured the harbour on Monday.\n\n\"No family will be left without a roof,\" the premier said.");
        Assert.Null(Quote(facts, "No family").Speaker);
    }

    [Fact]
    public void TwoHeadsOfGovernmentLeaveThePremierUnresolved()
    {
        var facts = Extract.From("Chief Minister Arvind Tolani met Prime Minister Odile Brask in the capital.\n\n\"We agreed on the funds,\" the premier said.");
        Assert.Null(Quote(facts, "We agreed").Speaker);
    }

    [Fact]
    public void AJusticeMinisterIsNoJudge()
    {
        var facts = Extract.From("Justice Minister Lena Holvik welcomed the verdict on Friday. \"It is a fair outcome for everyone,\" the judge said.");
        Assert.Null(Quote(facts, "It is a fair").Speaker);
    }
}
