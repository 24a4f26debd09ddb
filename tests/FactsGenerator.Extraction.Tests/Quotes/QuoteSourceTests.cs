using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Quotes;

/// <summary>
/// Speakers named away from an ordinary "X said": a verb opening the sentence, a pronoun subject before a colon,
/// someone else's saying cited, a document speaking for its author, and a surname that is also a common word.
/// </summary>
public class QuoteSourceTests
{
    private static QuoteFact Quote(DocumentFacts facts, string startsWith) => Assert.Single(facts.Quotes, q => q.Text.StartsWith(startsWith, System.StringComparison.Ordinal));

    [Fact]
    public void AVerbOpeningTheSentenceIsFollowedByItsSpeaker()
    {
        var facts = Extract.From("The herons came back this spring. Remarked river ecologist Marta Quintero, \"We had not seen a nest here in twenty years.\"");
        Assert.Equal("Marta Quintero", Quote(facts, "We had not seen").Speaker);
    }

    [Fact]
    public void AVerbOpeningTheSentenceBeforeASurnameAndColon()
    {
        var facts = Extract.From("Marta Quintero counted the nests. Added Quintero: \"The birds are coming back because the water is clean again.\"");
        Assert.Equal("Marta Quintero", Quote(facts, "The birds are coming").Speaker);
    }

    [Fact]
    public void AVerbOpeningTheSentenceBeforeADescription()
    {
        var facts = Extract.From("Finance Minister Jonas Albrecht presented the budget on Monday. Said the minister, \"Nobody will pay more tax next year.\"");
        Assert.Equal("Jonas Albrecht", Quote(facts, "Nobody will pay").Speaker);
    }

    [Fact]
    public void AVerbOpeningTheSentenceBeforeABodyAndAPhrase()
    {
        var facts = Extract.From("The Harbour Safety Commission studied the collision for a year. Wrote the commission in its report, \"The crew ignored three separate warnings.\"");
        Assert.Equal("Harbour Safety Commission", Quote(facts, "The crew ignored").Speaker);
    }

    [Fact]
    public void ANameThatLooksLikeAVerbIsNotOne()
    {
        var facts = Extract.From("Said Karimov, the mayor, opened the bridge. Said Karimov told the crowd, \"This bridge belongs to all of you.\"");
        Assert.Equal("Said Karimov", Quote(facts, "This bridge belongs").Speaker);
    }

    [Fact]
    public void APronounSubjectBeforeAColonAfterAnOpeningPhrase()
    {
        var facts = Extract.From("Governor Elena Varga wrote to the families of the crew. In her letter, she thanked Captain Ruben Holt: \"He stayed at the helm until every passenger was safe.\"");
        Assert.Equal("Elena Varga", Quote(facts, "He stayed at").Speaker);
    }

    [Fact]
    public void APronounPuttingItSimply()
    {
        var facts = Extract.From("Elena Varga spent ten years on the island. She put it simply: \"Nobody who lives here wants to leave.\"");
        Assert.Equal("Elena Varga", Quote(facts, "Nobody who lives").Speaker);
    }

    [Fact]
    public void AsSomeonePutIt()
    {
        var facts = Extract.From("The students painted murals across the town. As the painter Oskar Lind once put it, \"Every wall is waiting for a story.\"");
        Assert.Equal("Oskar Lind", Quote(facts, "Every wall").Speaker);
    }

    [Fact]
    public void InTheWordsOfSomeone()
    {
        var facts = Extract.From("The volunteers kept working through the night. In the words of coach Dana Whitfield, \"You finish what you start.\"");
        Assert.Equal("Dana Whitfield", Quote(facts, "You finish what").Speaker);
    }

    [Fact]
    public void CitingSomeonesQuote()
    {
        var facts = Extract.From("The painter Oskar Lind said he burned his first canvases. The bakers said they learned from failure, citing the Oskar Lind quote that \"every cook burns a thousand loaves before the first good one,\" and laughed.");
        Assert.Equal("Oskar Lind", Quote(facts, "every cook burns").Speaker);
    }

    [Fact]
    public void AnUnownedPostSpeaksForWhoeverPostedIt()
    {
        var facts = Extract.From("Local organiser Priya Raman posted an invitation online on Friday. The event description read, \"Bring a chair, a blanket and your neighbours.\"");
        Assert.Equal("Priya Raman", Quote(facts, "Bring a chair").Speaker);
    }

    [Fact]
    public void AnUnownedRulingSpeaksForTheCourtThatIssuedIt()
    {
        var facts = Extract.From("On Monday, the Federal Tribunal of Westland issued a ruling on the new harbour tax. The tribunal sits in the capital. The summary of the decision read in part: \"The tax was imposed without the consent of the council.\"");
        Assert.Equal("Federal Tribunal of Westland", Quote(facts, "The tax was imposed").Speaker);
    }

    [Fact]
    public void AnUnownedProclamationSpeaksForWhoeverDeclaredIt()
    {
        var facts = Extract.From("On Friday, Governor Priya Raman declared a state of emergency after the storm. Crews worked through the night. The proclamation specifically said \"all schools will remain closed until further notice\".");
        Assert.Equal("Priya Raman", Quote(facts, "all schools will remain").Speaker);
    }

    [Fact]
    public void AProclamationWithTwoPossibleDeclarersStaysUnattributed()
    {
        var facts = Extract.From("Governor Priya Raman declared a state of emergency. Mayor Tomas Berg declared a curfew. The proclamation said \"all schools will remain closed until further notice\".");
        Assert.Null(Quote(facts, "all schools will remain").Speaker);
    }

    [Fact]
    public void ADeclarerInASubordinateClauseIsNotTheIssuer()
    {
        var facts = Extract.From("The vote came a day after Governor Priya Raman declared a state of emergency. The proclamation said \"all schools will remain closed until further notice\".");
        Assert.Null(Quote(facts, "all schools will remain").Speaker);
    }

    [Fact]
    public void ADeclarerAfterASentenceOpeningSubordinatorIsNotTheIssuer()
    {
        var facts = Extract.From("After Governor Priya Raman declared a state of emergency, the schools closed. The proclamation said \"all schools will remain closed until further notice\".");
        Assert.Null(Quote(facts, "all schools will remain").Speaker);
    }

    [Fact]
    public void AnAdverbBeforeTheVerbKeepsTheSubject()
    {
        var facts = Extract.From("Priya Raman, the city treasurer, spoke on Tuesday. Raman explicitly said \"the budget is balanced\".");
        Assert.Equal("Priya Raman", Quote(facts, "the budget is balanced").Speaker);
    }

    [Fact]
    public void APostWithTwoPossibleAuthorsStaysUnattributed()
    {
        var facts = Extract.From("Priya Raman posted an invitation and Tomas Berg posted a reply. The post said, \"Bring a chair, a blanket and your neighbours.\"");
        Assert.Null(Quote(facts, "Bring a chair").Speaker);
    }

    [Fact]
    public void HerTweetSpeaksForHer()
    {
        var facts = Extract.From("Senator Priya Raman criticised the ruling. Her tweet read: \"This decision will be overturned on appeal.\"");
        Assert.Equal("Priya Raman", Quote(facts, "This decision will").Speaker);
    }

    [Fact]
    public void ItsStatementSpeaksForTheBodyBefore()
    {
        var facts = Extract.From("The Northern Rail Company cancelled all trains on Sunday. Its statement said, \"Safety of our passengers comes before every timetable.\"");
        var quote = Quote(facts, "Safety of our");
        Assert.Equal("Northern Rail Company", quote.Speaker);
        Assert.Equal(SpeakerKind.Organization, quote.SpeakerKind);
    }

    [Fact]
    public void AShortNameThatIsACommonWordSpeaksOnceTheFullNameIsKnown()
    {
        var facts = Extract.From("The Ford Motor Company recalled 3,000 trucks. \"We have a lot of work to do,\" Ford told reporters.");
        Assert.Equal("Ford Motor Company", Quote(facts, "We have a lot").Speaker);
    }

    [Fact]
    public void ACommonWordNeverIntroducedAsANameDoesNotSpeak()
    {
        var facts = Extract.From("The parade was cancelled. \"We have a lot of young talent in this town,\" Day said.");
        Assert.Null(Quote(facts, "We have a lot").Speaker);
    }

    [Fact]
    public void APronounSubjectIsNotThePersonItsClauseNames()
    {
        var facts = Extract.From("Captain Ruben Holt retired on Friday. In a short message, he praised Ruben Holt's crew: \"They never once let the ship down in forty years.\"");
        Assert.Null(Quote(facts, "They never once").Speaker);
    }

    [Theory]
    [InlineData("Union leader Tomas Brandt blamed the owners for \"a lack of respect\", according to AFP.")]
    [InlineData("Union leaders Tomas Brandt and Greta Lind blamed the owners for \"a lack of respect\", according to Reuters.")]
    public void AWireServiceAfterTheWordsReportsWhatTheSubjectSaid(string text)
    {
        Assert.Equal("Tomas Brandt", Assert.Single(Extract.From(text).Quotes).Speaker);
    }

    [Fact]
    public void AWireServiceAfterTheWordsReportsWhatABodySaid()
    {
        var facts = Extract.From("The Velm Harbour Union blamed the owners for \"a lack of respect\", according to AFP.");
        Assert.Equal("Velm Harbour Union", Assert.Single(facts.Quotes).Speaker);
    }

    [Theory]
    [InlineData("The harbour wall was \"badly damaged\" in the storm, according to AFP.")]
    [InlineData("Port chief Ana Ruiz met the crews on Monday. Ruiz was \"deeply shaken\" by the storm, according to AFP.")]
    public void AWireServiceIsTheSourceWhenTheClauseNamesNobodyWhoActs(string text)
    {
        Assert.Equal("AFP", Assert.Single(Extract.From(text).Quotes).Speaker);
    }
}
