using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

public class PeopleTests
{
    [Fact]
    public void ANameFollowedByWhoIsAPerson()
    {
        var facts = Extract.From("The rally was led by Tavin Osrek, who was detained on Monday.");
        Assert.Contains("Tavin Osrek", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ANameListedAfterAPersonIsAPerson()
    {
        var facts = Extract.From("Guests included Ana Ruiz and Tavin Osrek.");
        Assert.Contains("Tavin Osrek", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APluralNounForPeopleOpeningTheSentenceIsNotPartOfTheName()
    {
        var facts = Extract.From("Actors Ana Ruiz and Tavin Osrek signed autographs.");
        Assert.Equal(new[] { "Ana Ruiz", "Tavin Osrek" }, Extract.PeopleNames(facts));
    }

    [Fact]
    public void AWordLikeGivenNameStartsAPersonButNotALaw()
    {
        var facts = Extract.From("Voters backed Bill Osrek in 1998. The Finance Bill passed in May.");
        Assert.Equal(new[] { "Bill Osrek" }, Extract.PeopleNames(facts));
    }

    [Fact]
    public void KeepsNameParticlesAndDiacritics()
    {
        var facts = Extract.From("The plan was drafted by Luis de la Fuente and Zoë Brănescu in the spring.");
        Assert.Contains("Luis de la Fuente", Extract.PeopleNames(facts));
        Assert.Contains("Zoë Brănescu", Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("According to his wife, Amanda, he died peacefully.", "Amanda")]
    [InlineData("Another was a Polish chef named Lukas.", "Lukas")]
    public void ASingleNameAfterAPersonNounIsAPerson(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AMiddleNameDoesNotMakeASecondPerson()
    {
        var person = Assert.Single(Extract.From("Representative Elias Cramer died. Elias Edward Cramer was born in 1951.").People);
        Assert.Equal("Elias Cramer", person.Name);
        Assert.Contains("Elias Edward Cramer", person.Aliases);
    }

    [Fact]
    public void TitleWordsAfterTheTitleAndAdjectivesBeforeIt()
    {
        var facts = Extract.From("Roman Catholic Bishop Emeritus Dionisio Garza of the Talbec diocese died on Sunday.");
        Assert.Equal("bishop emeritus", Extract.Person(facts, "Dionisio Garza").Role);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ACapitalisedRoleInAnApposition()
    {
        Assert.Equal("speaker of the house", Extract.Person(Extract.From("Nora Pell, the Speaker of the House, ordered a recess."), "Nora Pell").Role);
    }

    [Theory]
    [InlineData("Viewers praised Midnight Harvest on the channel.")]
    [InlineData("Two Democratic Representatives opposed the bill.")]
    [InlineData("Many victims lived near the Gay Village in the city.")]
    [InlineData("A Utah Falcons player tested positive. The Falcons cancelled training.")]
    [InlineData("The update ships with Quartz Shell by default.")]
    public void CapitalisedPairsWithoutEvidenceAreNotPeople(string sentence)
    {
        Assert.Empty(Extract.From(sentence).People);
    }

    [Theory]
    [InlineData("The award went to Okello Waweru. Waweru thanked his coach.", "Okello Waweru")]
    [InlineData("The driver, Zhakup Temirov, 45, was unhurt.", "Zhakup Temirov")]
    [InlineData("Observers say Ravshan Aliqulov told officials nothing.", "Ravshan Aliqulov")]
    [InlineData("The prize went to Susan Okoro on Friday.", "Susan Okoro")]
    [InlineData("His cousin Tariq bin Hamad attended.", "Tariq bin Hamad")]
    public void EvidenceThatANameIsAPersons(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void ElidedParticlesStayInTheName()
    {
        Assert.Contains("Valéry Giscard d'Estaing", Extract.PeopleNames(Extract.From("The treaty was signed by Valéry Giscard d'Estaing in Paris.")));
    }

    [Fact]
    public void ArabicNamesWithBinAreOnePerson()
    {
        var facts = Extract.From("The new ruler, Faisal bin Said, spoke on television. His cousin Tariq bin Hamad Al Rashid attended.");
        Assert.Contains("Faisal bin Said", Extract.PeopleNames(facts));
        Assert.Contains("Tariq bin Hamad Al Rashid", Extract.PeopleNames(facts));
    }

    [Fact]
    public void TitleOfAnUnknownBodyBeforeAName()
    {
        var person = Extract.Person(Extract.From("Speeches were given by First Minister of Caledonia Ailsa Munro and others."), "Ailsa Munro");
        Assert.Equal("first minister", person.Role);
    }

    [Fact]
    public void PersonOfAnOrganisationInOneRunOfCapitals()
    {
        var facts = Extract.From("The finding was confirmed by Ryan Coutts of the Lakeside Institute for Marine Studies.");
        Assert.Equal("Lakeside Institute for Marine Studies", Extract.Person(facts, "Ryan Coutts").Affiliation);
        Assert.Contains("Lakeside Institute for Marine Studies", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AKnownFirstNameBeforeOfAnUnknownBodyIsAPerson()
    {
        var facts = Extract.From("Ships can vanish for days. Paul Becker of Nordwind Radar, a firm that tracks vessels, told reporters the signal was weak.");
        Assert.Contains("Paul Becker", facts.People.Select(p => p.Name));
    }

    [Fact]
    public void SurnameMentionsAreAliasesNotNewPeople()
    {
        var facts = Extract.From("Talks were led by Kurmanbek Tollanov on Monday. Later, Tollanov said the border would reopen.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Kurmanbek Tollanov", person.Name);
        Assert.Contains("Tollanov", person.Aliases);
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void SurnameWithoutDiacriticsIsStillTheSamePerson()
    {
        var facts = Extract.From("Interior Minister Joanna Wiśniewska ordered checks. Wisniewska also ordered new rules.");
        var person = Assert.Single(facts.People);
        Assert.Contains("Wisniewska", person.Aliases);
    }

    [Fact]
    public void HonorificAndTitleMentionsMergeIntoTheFullName()
    {
        var facts = Extract.From("President Okonkwo arrived first. Adaeze Okonkwo then spoke to reporters. Mr Okonkwo left at noon.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Adaeze Okonkwo", person.Name);
        Assert.Equal("president", person.Role);
    }

    [Fact]
    public void AFamilyNameBeforeTheLastIsAMention()
    {
        var person = Assert.Single(Extract.From("Governor Wanda Vélez Garced resigned. Vélez said she was tired.").People);
        Assert.Contains("Vélez", person.Aliases);
    }

    [Fact]
    public void APersonNounOpeningTheSentenceIsNotPartOfTheName()
    {
        Assert.Contains("Kitty Mak", Extract.PeopleNames(Extract.From("Voter Kitty Mak told reporters she was hopeful.")));
    }

    [Fact]
    public void UnambiguousFirstNameIsAMentionOfThePerson()
    {
        var facts = Extract.From("Marta Kowalczyk won the final. Afterwards Marta celebrated with her team.");
        var person = Assert.Single(facts.People);
        Assert.Equal(2, person.Mentions);
    }

    [Theory]
    [InlineData("The Chilean finance minister, Rosa Ibarra, resigned on Friday.", "Rosa Ibarra", "finance minister", "Chile")]
    [InlineData("Norway's ambassador, Lars Holmgren, declined to comment.", "Lars Holmgren", "ambassador", "Norway")]
    [InlineData("Omar Diallo, Senegal's representative, spoke first.", "Omar Diallo", "representative", "Senegal")]
    [InlineData("Paolo Ventresca, a Swiss peace envoy, arrived by train.", "Paolo Ventresca", "peace envoy", "Switzerland")]
    [InlineData("Helen Marsh, the chair of the Harbour Authority, opened the bridge.", "Helen Marsh", "chair", "Harbour Authority")]
    [InlineData("The president of the Regional Assembly, Tomas Berger, opened the session.", "Tomas Berger", "president", "Regional Assembly")]
    [InlineData("French Prime Minister Claire Dumont met farmers.", "Claire Dumont", "prime minister", "France")]
    [InlineData("Mayor of Gdańsk Piotr Nowacki declared a day of mourning.", "Piotr Nowacki", "mayor", "Gdańsk")]
    [InlineData("Harbour police press officer Ewa Zielna said the boat sank.", "Ewa Zielna", "press officer", null)]
    [InlineData("The current prime minister, Aino Lehto, spoke.", "Aino Lehto", "prime minister", null)]
    [InlineData("Broadcaster Piers Morrow commented on the attack.", "Piers Morrow", "broadcaster", null)]
    [InlineData("English mathematician John Horton Cowan died on Saturday.", "John Horton Cowan", "mathematician", "England")]
    [InlineData("On Friday, Ricardo Rosales Nevado resigned as the governor of Puerto Rico.", "Ricardo Rosales Nevado", "governor", "Puerto Rico")]
    [InlineData("US professional wrestler Jon Hubert died on Saturday.", "Jon Hubert", "professional wrestler", "United States")]
    [InlineData("Michael Bloomfield, formerly the mayor of Oslo, ended his campaign.", "Michael Bloomfield", "former mayor", "Oslo")]
    [InlineData("The inquiry was led by Board Member Jennifer Homer.", "Jennifer Homer", "board member", null)]
    [InlineData("According to Windsor Falls' first selectman, Chris Kerrigan, ten people were aboard.", "Chris Kerrigan", "first selectman", "Windsor Falls")]
    [InlineData("Secretary of Justice Ana Ruiz Beltrán resigned.", "Ana Ruiz Beltrán", "secretary of justice", null)]
    [InlineData("Former Australian Prime Minister Tom Abbot spoke.", "Tom Abbot", "former prime minister", "Australia")]
    [InlineData("Epidemiologist Kristian Andersson of Scripps Research said more.", "Kristian Andersson", "epidemiologist", "Scripps Research")]
    [InlineData("The board cleared Nadia Okoro on Friday. Okoro, formerly the president and chief executive officer of Tellan Systems, had resigned.", "Nadia Okoro", "former president and chief executive officer", null)]
    [InlineData("Dr. Henrik Aalto of Lakeside Polytechnic, a marine biologist with long experience, spoke to reporters.", "Henrik Aalto", "marine biologist", null)]
    [InlineData("The court freed Ilya Morozov, formerly the Federal Grain Agency's chief of staff, on Monday.", "Ilya Morozov", "chief of staff", "Federal Grain Agency")]
    public void ReadsRoleAndAffiliationFromAppositionsAndTitles(string sentence, string name, string role, string? affiliation)
    {
        var person = Extract.Person(Extract.From(sentence), name);
        Assert.Equal(role, person.Role);
        if (affiliation is not null)
        {
            Assert.Equal(affiliation, person.Affiliation);
        }
    }

    [Fact]
    public void AffiliationWithoutRole()
    {
        var person = Extract.Person(Extract.From("Nadia Rahimi, of the Herat provincial council, said roads were closed."), "Nadia Rahimi");
        Assert.Null(person.Role);
        Assert.Equal("Herat provincial council", person.Affiliation);
    }

    [Fact]
    public void APersonIsNeverAlsoAPlaceOrAnOrganisation()
    {
        var facts = Extract.From("Sofia Lindqvist visited the harbour. Lindqvist later met the council.");
        Assert.Single(facts.People);
        Assert.DoesNotContain("Lindqvist", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Lindqvist", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void NamesOfEventsAndDocumentsAreNotPeople()
    {
        var facts = Extract.From("Delegates discussed the Lisbon Climate Accord and the Winter Games at length.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void CapitalisedWordsThatStartASentenceAreNotNames()
    {
        var facts = Extract.From("Thousands of residents gathered. Dozens of Volunteers helped.");
        Assert.Empty(facts.People);
    }

    [Fact]
    public void NamesInsideQuotationsNeedATitle()
    {
        var facts = Extract.From("The pilot said \"Silver Harbour Lights were on\" before landing.");
        Assert.DoesNotContain(facts.People, p => p.Name == "Silver Harbour Lights");
        Assert.True(facts.People.All(p => p.Name != "Silver Harbour"));
    }

    [Fact]
    public void ACaptionGluedToANameIsNotAPerson()
    {
        var facts = Extract.From("Ana Ruiz spoke first. Jo KimberleyImage: campaign website.");
        Assert.DoesNotContain("Jo KimberleyImage", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ANameBeforeANounForAPersonAndAnotherNameIsNotListedAsAPerson()
    {
        var facts = Extract.From("Guests included fashion designer Ana Ruiz and Silver Lanterns drummer Jo Kim.");
        Assert.DoesNotContain("Silver Lanterns", Extract.PeopleNames(facts));
        Assert.Contains("Jo Kim", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AKnownPlaceBeforeForIsNotPartOfTheNameAfterIt()
    {
        var facts = Extract.From("Ana Ruiz ran for governor of New York for the Velmoria Party in 2014.");
        Assert.Contains("New York", Extract.PlaceNames(facts));
        Assert.DoesNotContain("New York", Extract.PeopleNames(facts));
        Assert.Contains("Velmoria Party", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AWhipIsATitle()
    {
        var facts = Extract.From("Senate Majority Whip Ana Ruiz opposed the bill.");
        Assert.Contains("Ana Ruiz", Extract.PeopleNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.Contains("Ana Ruiz"));
    }

    [Fact]
    public void WhatAKinshipNounBelongsToIsAPerson()
    {
        var facts = Extract.From("Ana Ruiz, wife of Tomas Varga, a former candidate, spoke on Monday.");
        Assert.Contains("Tomas Varga", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tomas Varga", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheOfficeSomeoneRunsForIsNotPartOfTheirName()
    {
        var facts = Extract.From("The party nominated a ticket of Bill Okafor for President and J.R. Varga for Vice President. Varga withdrew in March.");
        var names = Extract.PeopleNames(facts);
        Assert.Contains("Bill Okafor", names);
        Assert.Contains("J.R. Varga", names);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ASurnameWithItsParticleWrittenAloneIsTheSamePerson()
    {
        var person = Assert.Single(Extract.From("The suspect was named as Tomas De Varga. De Varga was arrested on Monday.").People);
        Assert.Equal("Tomas De Varga", person.Name);
        Assert.Contains("De Varga", person.Aliases);
    }

    [Fact]
    public void ANicknameInQuotesIsLeftOutOfTheName()
    {
        var facts = Extract.From("She later married Anton \"Tony\" Vasquell, a talent agent. Vasquell died in 1970.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Anton Vasquell", person.Name);
    }

    [Fact]
    public void ASingleNameAfterALowerCaseOfficeIsAPerson()
    {
        var facts = Extract.From("At the ceremony, Turkish president Osrekov called for calm.");
        var person = Assert.Single(facts.People);
        Assert.Equal("Osrekov", person.Name);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void AGivenNameBeforeAndSharesThePartnersSurname()
    {
        var names = Extract.PeopleNames(Extract.From("The victims were named as Joanne and Edward Pellow, both retired teachers."));
        Assert.Contains("Joanne Pellow", names);
        Assert.Contains("Edward Pellow", names);
    }

    [Fact]
    public void AnAbbreviatedSaintJoinedByAHyphenOpensASurname()
    {
        var facts = Extract.From("The panel was led by artist Jenna St-Varon, who draws comics.");
        Assert.Contains("Jenna St-Varon", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ASurnameThatIsAPlaceWordEndsAPersonsName()
    {
        var facts = Extract.From("Tarla Maria Hall was convicted of fraud in 2009. The concert was held at the Albert Hall.");
        Assert.Contains("Tarla Maria Hall", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Tarla Maria Hall", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Albert Hall", Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("She wore a costume based on the comic character Tavik Morrow.")]
    [InlineData("The writers nearly dropped the character of Tavik Morrow in 1998.")]
    public void AFictionalCharacterIsNoPerson(string sentence)
    {
        Assert.Empty(Extract.From(sentence).People);
    }

    [Fact]
    public void ASurnameThatIsAlsoAMonthEndsANameAfterAGivenName()
    {
        var facts = Extract.From("In May, the council met again. Former Prime Minister Theresa May spoke on June 3. May said the plan had failed.");
        var person = Extract.Person(facts, "Theresa May");
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void ARegnalNumberIsPartOfTheNameAndTheSovereignsTitleAnAlias()
    {
        var facts = Extract.From("Queen Elizabeth II opened the session. Pope Benedict XVI sent a message to Orvan Delt.");
        Assert.Contains("Queen Elizabeth II", Extract.Person(facts, "Elizabeth II").Aliases);
        Assert.Contains("Pope Benedict XVI", Extract.Person(facts, "Benedict XVI").Aliases);
        Assert.Empty(facts.Organizations);
    }

    [Theory]
    [InlineData("Prime minister Tavit Chan-o-cha said the vote was fair.", "Tavit Chan-o-cha")]
    [InlineData("Actor Jin Sun-hyung Lee said he was delighted.", "Jin Sun-hyung Lee")]
    [InlineData("Leader Kim Jong-un met envoys on Friday.", "Kim Jong-un")]
    public void LowerCaseSyllablesJoinedByHyphensStayInTheName(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACompoundAfterAHyphenIsNotPartOfAName()
    {
        var facts = Extract.From("Vice President-elect Jo Harlan spoke. The Orvan Delt-led coalition and the Mira Tusk-backed plan failed.");
        Assert.DoesNotContain(facts.People, p => p.Name.Contains('-'));
    }

    [Fact]
    public void AnAccountHandleIsNoEntity()
    {
        var facts = Extract.From("The singer replied to @JoeMarlow on Monday. Follow @NewsDesk for updates.");
        Assert.Empty(facts.People);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void WhatAPersonIsOfIsNotAnotherPerson()
    {
        var facts = Extract.From("Guitarist Dale Orvik of Amber Tusk likened the solo to a storm.");
        Assert.DoesNotContain("Amber Tusk", Extract.PeopleNames(facts));
        Assert.Contains("Amber Tusk", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Ahmed al-Farsi, a spokesman for the militia, blamed the army.", "Ahmed al-Farsi")]
    [InlineData("Omar al-Rashid said the talks had stalled.", "Omar al-Rashid")]
    public void ANameWithAHyphenatedParticleHasTwoWords(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Ana Ruiz won the Democratic and Republican New Hampshire primaries.", "New Hampshire")]
    [InlineData("In the Republican Iowa caucuses, Jo Kim came second.", "Iowa")]
    public void AStateAfterAPartyAdjectiveIsNoPerson(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.DoesNotContain(place, Extract.PeopleNames(facts));
        Assert.Contains(place, Extract.PlaceNames(facts));
    }

    [Fact]
    public void AVerbOfSayingOpeningTheSentenceIsNotPartOfTheNameAfterIt()
    {
        var facts = Extract.From("Remarked Lakeside Reef Institute scientist Tom Reed, \"The coral is recovering.\"");
        Assert.Contains("Lakeside Reef Institute", Extract.OrganizationNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Remarked", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AnAdverbOpeningTheSentenceIsNotPartOfTheNameAfterIt()
    {
        var facts = Extract.From("Unsurprisingly Orvan Delt, the mayor, said the road would reopen.");
        Assert.Contains("Orvan Delt", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APlaceBeforeAChiefExecutiveIsTheOfficesPlace()
    {
        var facts = Extract.From("Protesters asked Hong Kong Chief Executive Mina Low, who backs the bill, to resign.");
        var person = Extract.Person(facts, "Mina Low");
        Assert.Equal("chief executive", person.Role);
        Assert.Contains("Hong Kong", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ALineageTitleOpeningANameIsAPersonsName()
    {
        var facts = Extract.From("Sayyid Ali Orvani Tabesh, the cleric, ordered three days of mourning.");
        Assert.Contains("Sayyid Ali Orvani Tabesh", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnAyatollahIsAClericalTitle()
    {
        var facts = Extract.From("Grand Ayatollah Musa Tabesh called for calm.");
        Assert.Equal("grand ayatollah", Extract.Person(facts, "Musa Tabesh").Role);
    }

    [Theory]
    [InlineData("Torvek Malun, the long-serving mayor, died on Friday.")]
    [InlineData("Torvek Malun, a well-known comedian, opened the show.")]
    [InlineData("Torvek Malun, the long-serving Mayor of Lowbridge, died on Friday.")]
    public void AHyphenatedModifierDoesNotHideThePersonNoun(string sentence)
    {
        Assert.Contains("Torvek Malun", Extract.PeopleNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Christian Moreau scored twice as the visitors held on.", "Christian Moreau")]
    [InlineData("The board thanked Christian Novak for his years of service.", "Christian Novak")]
    public void ChristianBeforeAKnownFamilyNameIsAGivenName(string text, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(text)));
    }

    [Fact]
    public void ChristianBeforeAnotherWordNamesNoOne()
    {
        var facts = Extract.From("The Christian Democratic Union and Christian Aid both welcomed the vote.");
        Assert.Empty(Extract.PeopleNames(facts));
    }
}
