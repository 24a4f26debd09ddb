using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>In an interview, "I said" in an answer is the interviewee speaking, and "you wrote" in a question too.</summary>
public class InterviewQuoteTests
{
    private static DocumentFacts Interview(string answer, string question = "How did it start?") =>
        Extract.From("Baker talks to Wikinews\n\nOrla Brandt bakes bread in Velmora.\n\n((WN)) " + question + "\n\n((Orla Brandt)) " + answer
            + "\n\n((WN)) Anything else?\n\n((Orla Brandt)) No.\n\n((WN)) Thank you.");

    // The quotation must be found: a test that a speaker is not someone must not pass because the words were lost.
    private static QuoteFact Quote(DocumentFacts facts, string startsWith)
    {
        var quote = System.Linq.Enumerable.FirstOrDefault(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));
        Assert.NotNull(quote);
        return quote;
    }

    [Theory]
    [InlineData("My landlord raised the rent, and I said, \"You cannot do this to a small bakery.\"")]
    [InlineData("The oven broke twice. And I'm like, \"This is the last time I buy a cheap oven.\"")]
    [InlineData("The queue grew every week. Then I thought: \"Why not open a second shop?\"")]
    [InlineData("As the bread burned, I was thinking, \"This is the end of my little bakery.\"")]
    [InlineData("The flour ran out again. I was just like, \"Who forgot to order it this time?\"")]
    public void WordsAnIntervieweeGivesHerselfAreHers(string answer)
    {
        var quote = Quote(Interview(answer), answer.Substring(answer.IndexOf('"') + 1, 8));
        Assert.Equal("Orla Brandt", quote.Speaker);
    }

    [Fact]
    public void WordsOthersSaidInAnAnswerAreNotTheIntervieweesOwn()
    {
        var facts = Interview("The customers came back. And they're like, \"Your rye is the best in town, honestly.\"");
        Assert.NotEqual("Orla Brandt", Quote(facts, "Your rye").Speaker);
        facts = Interview("My aunt called, and she's like, \"Your rye is the best in town, honestly.\"");
        Assert.NotEqual("Orla Brandt", Quote(facts, "Your rye").Speaker);
    }

    [Theory]
    [InlineData("I really like \"Harbour Tales\" and I read it every night.", "Harbour Tales")]
    [InlineData("Some day I'd like \"a second shop\" on the quay.", "a second shop")]
    [InlineData("I think \"Harbour Tales\" is the best book of the year.", "Harbour Tales")]
    public void WhatAnIntervieweeLikesOrNamesIsNoQuotationOfHers(string answer, string quoted)
    {
        Assert.DoesNotContain(Interview(answer).Quotes, q => q.Text == quoted && q.Speaker == "Orla Brandt");
    }

    [Fact]
    public void WordsAQuestionSaysTheIntervieweeWroteAreHers()
    {
        var facts = Interview("Yes.", "In your leaflet you write \"every loaf is baked before dawn by hand.\" Is that still true?");
        Assert.Equal("Orla Brandt", Quote(facts, "every loaf").Speaker);
    }

    [Fact]
    public void WordsAQuestionSaysTheIntervieweeMentionedAboutSomethingAreHers()
    {
        var facts = Interview("Yes.", "In your blog you had mentioned rye breads \"did not need any yeast at all\". Why is that?");
        Assert.Equal("Orla Brandt", Quote(facts, "did not need").Speaker);
    }

    [Fact]
    public void AQuotationNamingAThingAfterAVerbAndItsObjectIsNotTheInterviewees()
    {
        var facts = Interview("Yes.", "You posted up the \"bread is life\" photo last week. Why?");
        Assert.DoesNotContain(facts.Quotes, q => q.Speaker == "Orla Brandt");
    }

    [Fact]
    public void OutsideAnInterviewIAndYouNameNobody()
    {
        var facts = Extract.From("Orla Brandt bakes bread in Velmora. A customer wrote to the paper. I said, \"You cannot do this to a small bakery.\"");
        Assert.Null(Quote(facts, "You cannot").Speaker);
    }

    [Fact]
    public void WithoutLabelledAnswersTheQuestionIsPutToThePersonTheHeadlineNames()
    {
        var facts = FactExtractor.Extract("Paper interviews candidate Orla Brandt\n\nOrla Brandt runs for mayor of Velmora.\n\n((JQP)) : Why run?\n\n"
            + "((JQP)) : In your flyer you claim \"every street will get a bus stop by spring.\" How?\n\n((JQP)) : What next?");
        Assert.Equal("Orla Brandt", Quote(facts, "every street").Speaker);
    }

    [Fact]
    public void HeOrSheInAnAnswerIsNeverTheInterviewee()
    {
        var facts = Interview("The landlord came by. He would angrily say, \"You people never pay on time, never.\"");
        Assert.NotEqual("Orla Brandt", Quote(facts, "You people").Speaker);
    }
}
