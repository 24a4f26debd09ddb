namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Offices named with the seat they are held for ("Senator from Ohio X"), hyphenated modifiers before a capitalised
/// office, offices in "who succeeded her as" clauses, offices taken or chosen for, offices in the headline, and
/// plural offices before lists of names.
/// </summary>
public class RoleSeatAndClauseTests
{
    private static FactsGenerator.Extraction.Model.PersonFact PersonOf(string text, string name) => Extract.Person(Extract.From(text), name);

    private static FactsGenerator.Extraction.Model.DocumentFacts WithHeadline(string headline, string body) =>
        FactsGenerator.Extraction.FactExtractor.Extract(headline + "\n\n" + body, new FactsGenerator.Extraction.Model.ExtractionOptions());

    [Fact]
    public void AnOfficeFromASeatBeforeTheNameIsTheRoleAndTheSeatTheAffiliation()
    {
        var person = PersonOf("The plan was backed by United States Senator from Ohio Clara Vance on Monday.", "Clara Vance");
        Assert.Equal("senator", person.Role);
        Assert.Equal("Ohio", person.Affiliation);
    }

    [Fact]
    public void FormerBeforeTheSeatedOfficeIsKept()
    {
        Assert.Equal("former senator", PersonOf("The crowd cheered former Senator from Ohio Rosa Delaney at the fair.", "Rosa Delaney").Role);
    }

    [Fact]
    public void AHyphenatedModifierBeforeACapitalisedOfficeInAnAppositionKeepsTheOffice()
    {
        var person = PersonOf("Omar Khalid, the long-reigning Emir of Velmoria, opened the new port.", "Omar Khalid");
        Assert.Equal("long-reigning emir", person.Role);
        Assert.Equal("Velmoria", person.Affiliation);
    }

    [Theory]
    [InlineData("Mira Lund, who succeeded him as Finance Minister, spoke to the press.", "Mira Lund", "finance minister")]
    [InlineData("Mira Stone, who joined the firm as a lawyer in 1990, retired.", "Mira Stone", "lawyer")]
    public void AnOfficeTheSubjectTookInARelativeClauseIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Fact]
    public void AnOfficeGivenToTheObjectOfARelativeClauseIsNotTheSubjectsRole()
    {
        Assert.Null(PersonOf("Ana Ruiz, who hired him as a lawyer in 1990, retired on Monday.", "Ana Ruiz").Role);
    }

    [Fact]
    public void ATimeWordOpeningAnOfficeOfACountryIsNoAffiliation()
    {
        var person = PersonOf("Current Prime Minister of Norway Ravi Patel opened the bridge.", "Ravi Patel");
        Assert.Equal("prime minister", person.Role);
        Assert.Equal("Norway", person.Affiliation);
    }

    [Theory]
    [InlineData("In the north, opposition leader Ivan Petrov won the vote.", "Ivan Petrov", "opposition leader")]
    [InlineData("On Monday the local police chief Ann Holt closed the road.", "Ann Holt", "local police chief")]
    [InlineData("Dora Wynn, a former associate justice of the High Court, opened the law school.", "Dora Wynn", "former associate justice")]
    public void NounsThatCanOpenSentencesStillQualifyAnOffice(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Fact]
    public void AnExplanationInBracketsBetweenTheOfficeAndTheNameIsSkipped()
    {
        Assert.Equal("mp", PersonOf("The rally heard Green MP (Member of Parliament) Tessa Marr on Sunday.", "Tessa Marr").Role);
    }

    [Theory]
    [InlineData("Two bishops, as well as former archbishop and cardinal Piet Vallen, attended the synod.", "Piet Vallen", "former archbishop and cardinal")]
    [InlineData("The now-former governor Lena Ortiz moved to the coast.", "Lena Ortiz", "former governor")]
    public void FormerBeforeAnOfficeIsReadOnce(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Theory]
    [InlineData("The panel heard the retired Harbour Police officer Dan Okoro on Monday.", "Dan Okoro", "retired officer")]
    [InlineData("Amateur historian and retired pilot Yuki Tanabe found the wreck.", "Yuki Tanabe", "amateur historian and retired pilot")]
    public void AQualifierBeforeTheOfficeIsKept(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Fact]
    public void IncumbentAloneIsNoRoleAndALaterOfficeIsRead()
    {
        var facts = Extract.From("The vote kept incumbent Ravi Chand in power. Prime Minister Ravi Chand thanked the voters.");
        Assert.Equal("prime minister", Extract.Person(facts, "Ravi Chand").Role);
    }

    [Fact]
    public void ACountedPluralOfficeBeforeAPhraseAndAListGivesEachNameTheOffice()
    {
        var facts = Extract.From("The club has had three Presidents in the history of the league, Tom Hardwick, Rick Stone and Ava Lund.");
        Assert.Equal("president", Extract.Person(facts, "Tom Hardwick").Role);
        Assert.Equal("president", Extract.Person(facts, "Ava Lund").Role);
    }

    [Fact]
    public void ACountedPluralBeforeAPhraseAndASingleSpeakerGivesNoOffice()
    {
        var facts = Extract.From("Police questioned two judges in the case, Tom Hardwick said on Monday.");
        Assert.Null(Extract.Person(facts, "Tom Hardwick").Role);
    }

    [Fact]
    public void AShortAsideAfterAListedNameKeepsTheListsOffice()
    {
        var facts = Extract.From("The board thanked two trustees, Ann Wick, since 1990, and Bo Lund, since 2001, for their work.");
        Assert.Equal("trustee", Extract.Person(facts, "Bo Lund").Role);
    }

    [Theory]
    [InlineData("Lena Brandt became prime minister in 2011.", "Lena Brandt", "prime minister")]
    [InlineData("Ann Holt was appointed chief executive of Harbour Freight in May.", "Ann Holt", "chief executive")]
    public void AnOfficeTakenWithoutAsIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Fact]
    public void BecomingTheFirstWomanIsNoOffice()
    {
        Assert.Null(PersonOf("Ilse Marten became the first woman to climb the peak.", "Ilse Marten").Role);
    }

    [Fact]
    public void AnOfficeInTheHeadlineReplacesAnOccupationReadInTheBody()
    {
        var facts = WithHeadline("Reporters interview Dana Morrow, Green Party presidential nominee", "Retired teacher Dana Morrow spoke about her plans for schools.");
        Assert.Equal("presidential nominee", Extract.Person(facts, "Dana Morrow").Role);
    }

    [Fact]
    public void AnOccupationInTheHeadlineDoesNotReplaceAnOfficeReadInTheBody()
    {
        var facts = WithHeadline("Lawyer Dana Morrow dies aged 80", "Dana Morrow, the former mayor of Lakeside, died on Monday.");
        Assert.Equal("former mayor", Extract.Person(facts, "Dana Morrow").Role);
    }

    [Fact]
    public void AHeadlineNameWithoutTheMiddleInitialIsThePersonOfTheBody()
    {
        var facts = WithHeadline("Reporters interview Dana Morrow, Green Party presidential nominee", "Retired teacher Dana K. Morrow spoke about her plans for schools.");
        Assert.Equal("presidential nominee", Extract.Person(facts, "Dana K. Morrow").Role);
    }

    [Fact]
    public void AnOfficeRunningIntoANameInTheHeadlineIsThePersonsRole()
    {
        var facts = WithHeadline("Former President of Norway Arne Dahl opens museum", "Arne Dahl, a keen sailor, opened the maritime museum on Monday.");
        Assert.Equal("former president", Extract.Person(facts, "Arne Dahl").Role);
    }

    [Fact]
    public void TheChamberAfterAnOfficeOfACountryIsPartOfTheOffice()
    {
        var person = PersonOf("Reporters met the US Speaker of the House Nora Pell in the lobby.", "Nora Pell");
        Assert.Equal("speaker of the house", person.Role);
        Assert.Equal("United States", person.Affiliation);
    }

    [Fact]
    public void AFormerOfficeOfAPlaceJoinedToACountrysTitleIsKept()
    {
        Assert.Equal("former governor and senator", PersonOf("Former Ohio governor and US Senator Lionel Chase opened the library.", "Lionel Chase").Role);
    }

    [Fact]
    public void TheOfficeSomeoneIsChosenForOutweighsTheirDescription()
    {
        Assert.Equal("deputy", PersonOf("The mayor picked veteran lawyer Dana Cole as her deputy.", "Dana Cole").Role);
    }

    [Fact]
    public void AnOfficeChosenForInALaterMentionLeavesTheFirstDescription()
    {
        const string Text = "Retired teacher Dana Cole will stand in the county. Last week the mayor picked Cole as her deputy.";
        Assert.Equal("retired teacher", PersonOf(Text, "Dana Cole").Role);
    }

    [Fact]
    public void TheChooserIsNotGivenTheOffice()
    {
        var facts = Extract.From("Judge Ana Berg was appointed by Mayor Tom Lindqvist as his adviser.");
        Assert.Equal("mayor", Extract.Person(facts, "Tom Lindqvist").Role);
    }
}
