using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Quoted fragments inside a clause whose verb judges, labels, accuses or promises: the fragment is that verb's
/// subject's words, however short; names, phrases spoken of as phrases and passive verbs give no speaker.
/// </summary>
public class QuoteFramingTests
{
    private static string? SpeakerOf(DocumentFacts facts, string text) => facts.Quotes.FirstOrDefault(q => q.Text == text)?.Speaker;

    [Fact]
    public void AnAccusationsQuotedChargeIsTheAccusers()
    {
        var facts = Extract.From("Mayor Lena Vogel accused the harbour board of \"wasting every cent\" of the repair fund.");
        Assert.Equal("Lena Vogel", SpeakerOf(facts, "wasting every cent"));
    }

    [Fact]
    public void ALabelAfterAsAndAPhraseIsTheLabellers()
    {
        var facts = Extract.From("Senator Ivo Marsh referred to the closures as acts of \"plain neglect\" on Monday.");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "plain neglect"));
    }

    [Fact]
    public void AJudgementAfterAnOpeningPhraseIsTheSubjects()
    {
        var facts = Extract.From("Ivo Marsh opened the session. In a later interview, Marsh assailed the budget as the \"worst in a decade\".");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "worst in a decade"));
    }

    [Fact]
    public void AOneWordChargeAfterAPronounIsThePersonBefore()
    {
        var facts = Extract.From("Governor Dana Reyes met the builders on Monday, and she accused the firm of \"fraud\".");
        Assert.Equal("Dana Reyes", SpeakerOf(facts, "fraud"));
    }

    [Fact]
    public void AReflexiveJudgementIsTheSubjects()
    {
        var facts = Extract.From("Dana Reyes professed herself \"deeply worried\" about the old dam.");
        Assert.Equal("Dana Reyes", SpeakerOf(facts, "deeply worried"));
    }

    [Fact]
    public void AStanceKeptInASecondVerbPhraseIsTheSubjects()
    {
        var facts = Extract.From("Councillor Pia Lund has since made peace with the mayor and remains \"quietly hopeful\" about the bridge.");
        Assert.Equal("Pia Lund", SpeakerOf(facts, "quietly hopeful"));
    }

    [Fact]
    public void APassiveJudgementIsNotTheSubjects()
    {
        var facts = Extract.From("Ivo Marsh was hailed as a \"local hero\" after the rescue.");
        Assert.Null(SpeakerOf(facts, "local hero"));
    }

    [Fact]
    public void ANameGivenByAParticipleIsNoJudgement()
    {
        var facts = Extract.From("Dana Reyes praised a method termed \"cold stacking\" for old boats.");
        Assert.Null(SpeakerOf(facts, "cold stacking"));
    }

    [Fact]
    public void APhraseSpokenOfAsAPhraseIsNoJudgement()
    {
        var facts = Extract.From("Lena Vogel attacked the \"tax and spend\" slogan of her rival.");
        Assert.Null(SpeakerOf(facts, "tax and spend"));
    }

    [Fact]
    public void APhraseInACoordinatedListSpokenOfAsPhrasesIsNoJudgement()
    {
        var facts = Extract.From("Lena Vogel attacked Ivo Marsh for his \"lazy\" and \"greedy\" remarks about nurses.");
        Assert.Null(SpeakerOf(facts, "lazy"));
        Assert.Null(SpeakerOf(facts, "greedy"));
    }

    [Fact]
    public void AVerbOfARelativeClauseDoesNotReachPastItsOpeningWord()
    {
        var facts = Extract.From("Lena Vogel condemned the new law, which bans \"hate speech\" online.");
        Assert.Null(SpeakerOf(facts, "hate speech"));
    }

    [Fact]
    public void ANicknameInsideANameIsNoJudgement()
    {
        var facts = Extract.From("The party praised Jonas \"Spike\" Kowalski on Monday.");
        Assert.Null(SpeakerOf(facts, "Spike"));
    }
    [Fact]
    public void AWordSpokenOfAsAWordIsNoQuotation()
    {
        var facts = Extract.From("Professor Lena Vogel writes that the term \"harbour right\" was never defined by the old charter.");
        Assert.Null(SpeakerOf(facts, "harbour right"));
    }
    [Fact]
    public void AParticipleOfShoutingGivesTheWordsToTheSubject()
    {
        var facts = Extract.From("Senator Ivo Marsh walked out of the meeting with the Harbour Workers Union, shouting \"You will regret this vote!\"");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "You will regret this vote!"));
    }
    [Fact]
    public void APhraseNamedAsSomeonesTweetIsNotTheWordsOfWhoeverPostsAboutIt()
    {
        var facts = Extract.From("Editor Lena Vogel posted a story about Mayor Ivo Marsh's \"harbour tax\" tweet on Monday.");
        Assert.Null(SpeakerOf(facts, "harbour tax"));
    }

    [Fact]
    public void APassiveVerbOfSayingGivesTheWordsToNobodyNamed()
    {
        var facts = Extract.From("Mayor Ivo Marsh was said to be in \"good spirits\" after the surgery.");
        Assert.Null(SpeakerOf(facts, "good spirits"));
    }

    [Fact]
    public void AFragmentAfterAPersonIsTheirsWhenNoNameFollows()
    {
        var facts = Extract.From("Mayor Ivo Marsh called Lena Vogel \"a tireless neighbour\" at the opening.");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "a tireless neighbour"));
    }
    [Fact]
    public void ARelativeClauseBetweenCommasIsAnAsideTheWalkSkips()
    {
        var facts = Extract.From("The Harbour Workers Union justified the strike, which was approved by a large majority of its members, as \"necessary\" for safety.");
        Assert.Equal("Harbour Workers Union", SpeakerOf(facts, "necessary"));
    }
    [Fact]
    public void ANounForWordsThatIsTheObjectJudgedDoesNotEndTheClause()
    {
        var facts = Extract.From("Mayor Ivo Marsh condemned the statement as \"reckless\" on Monday.");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "reckless"));
    }

    [Fact]
    public void ANounForWordsRightBeforeTheQuotationNamesWhoseTheyAre()
    {
        var facts = Extract.From("Mayor Ivo Marsh condemned the governor's remark \"swim home\" on Monday.");
        Assert.Null(SpeakerOf(facts, "swim home"));
    }
    [Fact]
    public void AJudgementAfterAsIsTheSubjectsEvenAfterARejection()
    {
        var facts = Extract.From("Councillor Tove Brandt rejected the harbour plan as \"pure fantasy\" on Friday.");
        Assert.Equal("Tove Brandt", SpeakerOf(facts, "pure fantasy"));
    }

    [Fact]
    public void AJudgementAfterAsAndAnArticleIsTheSubjects()
    {
        var facts = Extract.From("Tove Brandt summed the week up as a \"quiet triumph\" for the crew.");
        Assert.Equal("Tove Brandt", SpeakerOf(facts, "quiet triumph"));
    }

    [Fact]
    public void APassiveAsComplementIsNotTheSubjects()
    {
        var facts = Extract.From("Tove Brandt was cast as \"the quiet outsider\" in the new film.");
        Assert.Null(SpeakerOf(facts, "the quiet outsider"));
    }

    [Fact]
    public void WordsTheSubjectAppliesToItselfAreItsOwn()
    {
        var facts = Extract.From("At the forum, candidate Ivo Marsh introduced himself as \"frugal\" and then took questions.");
        Assert.Equal("Ivo Marsh", SpeakerOf(facts, "frugal"));
    }

    [Fact]
    public void AReflexiveNotRightBeforeTheQuotationFramesNothing()
    {
        var facts = Extract.From("Ivo Marsh taught himself to sail and later bought a boat called \"Gull\".");
        Assert.Null(SpeakerOf(facts, "Gull"));
    }
}
