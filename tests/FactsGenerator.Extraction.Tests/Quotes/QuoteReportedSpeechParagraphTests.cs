using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// News copy paraphrases a person ("X said they were ready to strike.") and quotes them in the next paragraph without
/// repeating the attribution: the paragraph that is only a quotation is the paraphrased person's.
/// </summary>
public class QuoteReportedSpeechParagraphTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Theory]
    [InlineData("Dock union negotiator Tomasz Wrobel said members were ready to strike for better pay.", "Tomasz Wrobel")]
    [InlineData("Health Minister Adaeze Okonkwo is urging parents to vaccinate their children before term starts.", "Adaeze Okonkwo")]
    [InlineData("Mayor Lena Ortiz, 52, said the bridge would reopen in May.", "Lena Ortiz")]
    [InlineData("On Tuesday, coach Rahul Menon told reporters the squad was finally fit.", "Rahul Menon")]
    [InlineData("Farmer Grace Mwangi warned that prices would rise again after the drought.", "Grace Mwangi")]
    public void AQuotationParagraphAfterReportedSpeechIsTheReportedPersons(string reported, string speaker)
    {
        var facts = Extract.From("The season opened quietly.\n\n" + reported + "\n\n\"We have waited a long time for this and we will not waste the chance now.\"");
        Assert.Equal(speaker, Quote(facts, "We have waited").Speaker);
    }

    [Theory]
    [InlineData("Police arrested Tomasz Wrobel on Monday near the docks.")]
    [InlineData("Lena Ortiz said Rahul Menon had resigned from the council.")]
    [InlineData("Lena Ortiz asked whether the council had any plan at all.")]
    [InlineData("The ministry said the bridge would reopen in May.")]
    public void AQuotationParagraphAfterOtherProseHasNoSpeaker(string before)
    {
        var facts = Extract.From("The season opened quietly.\n\n" + before + "\n\n\"We have waited a long time for this and we will not waste the chance now.\"");
        Assert.Null(Quote(facts, "We have waited").Speaker);
    }

    [Theory]
    [InlineData("the Premier said", "Premier Joan Halvorsen", "Joan Halvorsen")]
    [InlineData("the Chief Minister told reporters", "Chief Minister Arvind Rao", "Arvind Rao")]
    [InlineData("the Prime Minister said", "Prime Minister Kwame Asante", "Kwame Asante")]
    public void ACapitalisedOfficeAfterTheQuotationIsThePersonHoldingIt(string attribution, string introduced, string holder)
    {
        var facts = Extract.From(introduced + " visited the flooded district on Friday.\n\nRoads are \"shaping up to [become] rivers again\", " + attribution + ".");
        Assert.Equal(holder, Quote(facts, "shaping up").Speaker);
    }

    [Fact]
    public void ACapitalisedOfficeNobodyHoldsGivesNoSpeaker()
    {
        var facts = Extract.From("Mayor Joan Halvorsen visited the flooded district on Friday.\n\nRoads are \"shaping up to become rivers again\", the Premier said.");
        Assert.Null(Quote(facts, "shaping up").Speaker);
    }

    [Fact]
    public void ACurlyOpeningMarkInsideACurlyQuotationStartsTheNextQuotation()
    {
        var facts = Extract.From("Ticket holder Owen Price paid for two tickets.\n\nMr Price said: \u201CThey may have run out of money. Refunds were promised. \u201COnly two weeks before, they were selling extra passes \u2013 so where did the cash go?\u201D");
        Assert.Equal("Owen Price", Quote(facts, "They may have").Speaker);
        Assert.Equal("Owen Price", Quote(facts, "Only two weeks").Speaker);
        Assert.DoesNotContain("Only two", Quote(facts, "They may have").Text);
    }
}
