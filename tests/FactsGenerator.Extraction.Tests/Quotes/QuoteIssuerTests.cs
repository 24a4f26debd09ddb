using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Speakers that talk through documents and representatives, subjects with asides, labels given in a few
/// quoted words, and quotations standing in a paragraph of their own.
/// </summary>
public class QuoteIssuerTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void APersonsStatementIsTheirs()
    {
        var facts = Extract.From("President Tom Ruhl spoke on Monday. Tom Ruhl's statement read: \"The harbour will be rebuilt whatever the cost to the city.\"");
        Assert.Equal("Tom Ruhl", Quote(facts, "The harbour will").Speaker);
    }

    [Fact]
    public void AnInvertedReadingNamesTheStatementsOwner()
    {
        var facts = Extract.From("\"The men and women of the fleet are equals in every respect,\" reads Judge Oskar Brandt's statement.");
        Assert.Equal("Oskar Brandt", Quote(facts, "The men and women").Speaker);
    }

    [Theory]
    [InlineData("The Northern Music Association filed a complaint. The Northern Music Association's FTC notice warned that the app \"copies songs from paid streaming services\".")]
    [InlineData("The Northern Music Association filed a complaint. The Northern Music Association's take-down notice warned that the app \"copies songs from paid streaming services\".")]
    public void ABodysDocumentWithCapitalisedOrHyphenatedModifiersIsTheBodys(string text)
    {
        Assert.Equal("Northern Music Association", Quote(Extract.From(text), "copies songs").Speaker);
    }

    [Fact]
    public void ABodysSummaryIsTheBodys()
    {
        var facts = Extract.From("The Supreme Court's summary said the contract \"was never valid in the first place and must be annulled\".");
        Assert.Equal("Supreme Court", Quote(facts, "was never valid").Speaker);
    }

    [Fact]
    public void TheOpinionOfADescribedBodyIsTheBodys()
    {
        var facts = Extract.From("The Supreme Court of Norland heard the case in May. The opinion of the Court, released on Friday, read in part, \"The contract is void and cannot be enforced against the city.\"");
        Assert.Equal("Supreme Court of Norland", Quote(facts, "The contract is void").Speaker);
    }

    [Fact]
    public void TheCompanyIsTheBusinessNamedJustBefore()
    {
        var facts = Extract.From("Acme Corporation showed its new kites at the fair. Asked about packaging, the company noted that it had switched suppliers, \"which was a much greener choice for everyone involved.\"");
        Assert.Equal("Acme Corporation", Quote(facts, "which was a much").Speaker);
    }

    [Fact]
    public void TheCompanyDoesNotReachBackManySentences()
    {
        var facts = Extract.From("Acme Corporation showed its new kites at the fair. The weather was fine. Crowds were large. Parking was scarce. Food was dear. Asked about packaging, the company noted that it had switched suppliers, \"which was a much greener choice for everyone involved.\"");
        Assert.Null(Quote(facts, "which was a much").Speaker);
    }

    [Fact]
    public void TheLatterIsTheSecondOfThePair()
    {
        var facts = Extract.From("Inquiries were opened by the Norland Aviation Authority and the Norland Safety Board, with the latter yesterday confirming they were \"not sending anyone to the scene at this time.\"");
        Assert.Equal("Norland Safety Board", Quote(facts, "not sending anyone").Speaker);
    }

    [Fact]
    public void TheFormerIsTheFirstOfThePair()
    {
        var facts = Extract.From("Inquiries were opened by the Norland Aviation Authority and the Norland Safety Board, with the former confirming they were \"sending two inspectors to the scene right away.\"");
        Assert.Equal("Norland Aviation Authority", Quote(facts, "sending two inspectors").Speaker);
    }

    [Fact]
    public void ReadingAloneIsNoAttribution()
    {
        var facts = Extract.From("Governor Ana Ruiz learned to read and write early because her parents were \"persistent\" about school.");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Ana Ruiz");
    }

    [Fact]
    public void AnOfficialFromABodySpeaksForIt()
    {
        var facts = Extract.From("An official from the Port Authority stated: \"No decision has been taken yet on the second terminal.\"");
        var quote = Quote(facts, "No decision has");
        Assert.Equal("Port Authority", quote.Speaker);
        Assert.Equal(SpeakerKind.Organization, quote.SpeakerKind);
    }

    [Fact]
    public void ABracketedAbbreviationAfterTheSubjectIsSkipped()
    {
        var facts = Extract.From("Mike Dorran of the World Food Agency (WFA) told the press the plan was only a start: \"We need far more money than this.\"");
        Assert.Equal("Mike Dorran", Quote(facts, "We need far").Speaker);
    }

    [Fact]
    public void APersonIsPreferredToTheBodyInTheirTitle()
    {
        var facts = Extract.From("Republican committee member Doug Fenner of Ohio said on Twitter, \"This vote was a farce and everyone knows it.\"");
        Assert.Equal("Doug Fenner", Quote(facts, "This vote was").Speaker);
    }

    [Fact]
    public void AHyphenatedTitleBeforeTheNameIsSkipped()
    {
        var facts = Extract.From("\"We are not finished yet,\" said study co-author Hana Berg of Lund University.");
        Assert.Equal("Hana Berg", Quote(facts, "We are not").Speaker);
    }

    [Fact]
    public void ReferringToSomethingAsALabelQuotesTheSubject()
    {
        var facts = Extract.From("Mayor Ana Torres referred to the delay as \"a disgrace\" on Monday.");
        Assert.Equal("Ana Torres", Quote(facts, "a disgrace").Speaker);
    }

    [Fact]
    public void APlatformBeforeTheVerbIsNotTheSpeaker()
    {
        var facts = Extract.From("Senator Karl Brenner criticised the vote, and on Twitter referred to it as \"a sham\".");
        Assert.Equal("Karl Brenner", Quote(facts, "a sham").Speaker);
    }

    [Fact]
    public void AnAccusationIsTheAccusersWords()
    {
        var facts = Extract.From("President Tom Ruhl lashed out at the mayor, accusing her of \"not doing her job\".");
        Assert.Equal("Tom Ruhl", Quote(facts, "not doing").Speaker);
    }

    [Fact]
    public void AQuotedCodeNameIsNoQuote()
    {
        var facts = Extract.From("The Health Agency announced the name of the disease: \"KV-21\" replaces the old label.");
        Assert.Empty(facts.Quotes);
    }

    [Fact]
    public void AColonEndingAParagraphIntroducesTheNextOne()
    {
        var facts = Extract.From("Mayor Ana Torres wrote on Facebook:\n\n\"We will not accept a plan that puts the jobs of hundreds of families at risk.\"");
        Assert.Equal("Ana Torres", Quote(facts, "We will not").Speaker);
    }

    [Fact]
    public void AQuotationParagraphContinuesTheQuotationBefore()
    {
        var facts = Extract.From("The Harbour Workers Union said in a statement: \"The plan is deeply flawed.\"\n\n\"It was rushed through without consultation and we will oppose it.\"");
        Assert.Equal("Harbour Workers Union", Quote(facts, "It was rushed").Speaker);
    }

    [Theory]
    [InlineData("\u201CNobody planned for this many boats in one week,\u201D said Jonas Berg, harbour master of the Velm Port Authority.")]
    [InlineData("\"Nobody planned for this many boats in one week,\" Jonas Berg told reporters on Friday.")]
    public void AQuotationParagraphContinuesAQuotationWhoseReportingClauseClosesTheParagraphBefore(string first)
    {
        var facts = Extract.From(first + "\n\n\u201CWe may soon run out of berths for the fishing fleet in the outer basin.\u201D");
        Assert.Equal("Jonas Berg", Quote(facts, "We may soon").Speaker);
    }

    [Fact]
    public void AQuotationParagraphAfterPlainProseHasNoSpeaker()
    {
        var facts = Extract.From("Mayor Ana Torres opened the bridge on Monday.\n\n\"It was rushed through without consultation and we will oppose it.\"");
        Assert.Null(Quote(facts, "It was rushed").Speaker);
    }

    [Fact]
    public void APronounsStatementIsNotTheLastBodyNamed()
    {
        var facts = Extract.From("The Harbour Commission met on Monday. The island's fishermen issued a statement asking that the quota be settled by the Harbour Commission. Their statement also read \"a quota set without us will empty our villages within ten years.\"");
        Assert.Null(Quote(facts, "a quota set").Speaker);
    }

    [Fact]
    public void ReadTheWarningAfterTheQuotationGivesWhoeverIssuedIt()
    {
        var facts = Extract.From("The amber warning issued by the Velm Weather Office covers six counties. \"Gusts will bring down trees and power lines overnight\", read the warning.");
        Assert.Equal("Velm Weather Office", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ReadTheBulletinAfterTheQuotationGivesWhoeverIssuedIt()
    {
        var facts = Extract.From("The flood bulletin issued by the Velm Weather Office covers six counties. \"The water will rise through the night\", read the bulletin.");
        Assert.Equal("Velm Weather Office", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void ReadTheStatementAfterTheQuotationGivesItsMaker()
    {
        var facts = Extract.From("Ana Ruiz issued a statement on Tuesday. \"We will rebuild every home that the river took\", read the statement.");
        Assert.Equal("Ana Ruiz", Assert.Single(facts.Quotes).Speaker);
    }
}
