using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

public class QuoteNamedWorkTests
{
    [Fact]
    public void ATitleCasedQuotationAfterForNamesAWork()
    {
        var facts = Extract.From("The jury gave its top award to Petra Holm for \"Seven Lanterns on the Bay.\"");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("Seven Lanterns", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AQuotationAfterDocumentaryNamesAWork()
    {
        var facts = Extract.From("Petra Holm spent four winters making her documentary \"Where the Ice Sings\" in the far north.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("Where the Ice", System.StringComparison.Ordinal));
    }

    [Fact]
    public void SpeechAfterForIsStillSpeech()
    {
        var facts = Extract.From("Petra Holm thanked the jury for \"giving a small film such a big stage,\" she said.");
        Assert.Contains(facts.Quotes, q => q.Text.StartsWith("giving a small", System.StringComparison.Ordinal));
    }

    [Fact]
    public void LowerCaseSpeechAfterACommaAndAWorkNounIsSpeech()
    {
        var facts = Extract.From("According to Petra Holm, a spokeswoman for the festival, \"the tickets sold out in two hours\".");
        Assert.Contains(facts.Quotes, q => q.Text.StartsWith("the tickets sold out", System.StringComparison.Ordinal) && q.Speaker == "Petra Holm");
    }

    [Fact]
    public void ATitleCasedNameAfterACommaAndAWorkNounIsNoSpeech()
    {
        var facts = Extract.From("Petra Holm opened her new exhibition, \"Seven Lanterns on the Bay\", in the harbour town on Monday.");
        Assert.DoesNotContain(facts.Quotes, q => q.Text.StartsWith("Seven Lanterns", System.StringComparison.Ordinal));
    }
}
