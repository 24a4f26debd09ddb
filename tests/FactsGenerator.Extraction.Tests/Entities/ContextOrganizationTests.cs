namespace FactsGenerator.Extraction.Tests.Entities;

public class ContextOrganizationTests
{
    [Fact]
    public void AClubsLastWordInsideAPlaceSpellsNoBody()
    {
        var facts = Extract.From("She may not serve as VPOTUS (Vice President of the United States), the critic said.");
        Assert.DoesNotContain("VPOTUS", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Kestrel Labs announced a new phone on Monday.", "Kestrel Labs")]
    [InlineData("He worked for Castellan before joining Fenwick Partners in 2019.", "Fenwick Partners")]
    [InlineData("The striker signed with Redhill Rovers last year.", "Redhill Rovers")]
    [InlineData("Kelby drew 0-0 at Ashford United on Friday night.", "Ashford United")]
    [InlineData("The defender joined Velm Albion on a free transfer.", "Velm Albion")]
    [InlineData("Orvane Pharmaceuticals said the trial had ended.", "Orvane Pharmaceuticals")]
    [InlineData("The mine's owner, Tarnwick Minerals, said the shaft was safe.", "Tarnwick Minerals")]
    [InlineData("Its chief executive, Okoro Holdings, bought the rest.", "Okoro Holdings")]
    [InlineData("Velmar Airways cancelled every flight on Sunday.", "Velmar Airways")]
    [InlineData("Passengers of Velmar Airways waited for hours.", "Velmar Airways")]
    [InlineData("Workers at Okoro Holdings went on strike.", "Okoro Holdings")]
    [InlineData("Tamsworth Capital bought the ferry operator on Thursday.", "Tamsworth Capital")]
    [InlineData("Investors in Brannock Oil lost money when the well ran dry.", "Brannock Oil")]
    [InlineData("Ellory Gas raised its tariffs for the winter.", "Ellory Gas")]
    [InlineData("The round was led by Quillon Global, a fund based abroad.", "Quillon Global")]
    [InlineData("Dorvik Electronics will close two plants next year.", "Dorvik Electronics")]
    [InlineData("Customers of Hesketh Networks lost their signal overnight.", "Hesketh Networks")]
    [InlineData("Sales at Marlowe Brands slipped in the spring.", "Marlowe Brands")]
    public void ANameEndingInAWordForABusinessOrAClubIsAnOrganisation(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABusinessWordAloneIsNoOrganisation()
    {
        var facts = Extract.From("Systems like these fail often, the engineer said.");
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Senior vice president Tomas Berg praised the staff.", "Senior")]
    [InlineData("Retired teacher Ana Ruiz ran for the council.", "Retired")]
    [InlineData("Incumbent President Jo Kim won again.", "Incumbent")]
    public void AnAdjectiveOpeningASentenceBeforeARoleIsNoOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOpeningWordBeforeARoleIsAnOrganisationWhenWrittenAsANameElsewhere()
    {
        var facts = Extract.From("Nordwind spokesperson Ana Ruiz said the ships were safe. The ships belong to Nordwind, she said.");
        Assert.Contains("Nordwind", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The Harbour Data Protection Act (HDPA) took effect on Monday. Critics said the HDPA was vague.", "HDPA")]
    [InlineData("Ships carry a Vessel Location System (VLS) on board. The VLS failed twice.", "VLS")]
    [InlineData("The studio added digital rights management (DRM) to the game. Players disliked the DRM.", "DRM")]
    [InlineData("Fans complained about the VTL (video transfer lock) in the update.", "VTL")]
    public void AnAcronymSpelledOutAsAThingIsNoOrganisation(string text, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(text)));
    }

    [Fact]
    public void AnAcronymSpelledOutAsABodyStaysAnOrganisation()
    {
        var facts = Extract.From("The Velmorian Shipping Authority (VSA) closed the port. The VSA said it would reopen.");
        Assert.Contains("Velmorian Shipping Authority", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Witnesses said the Zarqan movement had seized the port.", "Zarqan movement")]
    [InlineData("The vase was lent to the Ostrander museum in 2010.", "Ostrander museum")]
    [InlineData("Crews from the Velmorian Civil Defence service arrived at dawn.", "Velmorian Civil Defence service")]
    public void ALowerCaseBodyNounRightAfterANameJoinsIt(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Ana Ruiz's military service ended in 1990.")]
    [InlineData("The Brexit movement grew quickly.")]
    [InlineData("A Humvee military convoy passed the village.")]
    public void ALowerCaseBodyNounAfterAPossessiveACauseOrAVehicleMakesNoBody(string sentence)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.DoesNotContain(names, n => n.EndsWith("military", System.StringComparison.Ordinal) || n.EndsWith("movement", System.StringComparison.Ordinal)
            || n.EndsWith("service", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ACountrysMilitaryIsNamedWithTheCountrysFullName()
    {
        var facts = Extract.From("The U.S. military said two drones were lost. Later the United States military confirmed it.");
        Assert.Contains("United States military", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("U.S. military", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACountrysMilitaryAfterAnIndefiniteArticleOnlyDescribesWhatFollows()
    {
        var facts = Extract.From("Fishermen spotted a United Kingdom military helicopter over the bay at dawn.");
        Assert.DoesNotContain("United Kingdom military", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Ostley Labs and Pernick Networks agreed to merge on Friday.", "Ostley Labs", "Pernick Networks")]
    [InlineData("Both Tamsworth Capital and Orvane Holdings bought shares.", "Tamsworth Capital", "Orvane Holdings")]
    public void TwoFirmsWithTheirOwnEndingsJoinedByAndAreTwoBodies(string sentence, string first, string second)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(first, names);
        Assert.Contains(second, names);
        Assert.DoesNotContain(first + " and " + second, names);
    }

    [Fact]
    public void ABusinessWordOpeningThePartAfterAndKeepsOneCompanyName()
    {
        var facts = Extract.From("Customers of Arnley Gas and Electric Company waited for repairs.");
        Assert.Contains("Arnley Gas and Electric Company", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABusinessWordAfterAndClosesTheNameOfACompany()
    {
        var facts = Extract.From("Crews from Harrow Gas and Electric restored power on Monday.");
        Assert.Contains("Harrow Gas and Electric", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Two people died, including a Tarnwick official and a driver.", "Tarnwick")]
    [InlineData("An Orvane engineer said the valve had failed.", "Orvane")]
    [InlineData("Shoppers queued at a Brightwell store for hours.", "Brightwell")]
    [InlineData("The study was published in the Velmorian Letters journal on Monday.", "Velmorian Letters")]
    public void ANameHoldingARoleOrNamingAStoreIsAnOrganisation(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("A Texas official said the road was closed.", "Texas")]
    [InlineData("A Republican senator said the bill would pass.", "Republican")]
    [InlineData("A Nobel Prize winner and a Catholic priest spoke at the event.", "Catholic")]
    public void APlaceAPartyOrAFaithBeforeARoleIsNoOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Vyrna, a small Norwegian human rights group, wrote to the court.", "Vyrna")]
    [InlineData("Orbis Letters, an on-line journal, printed the paper.", "Orbis Letters")]
    [InlineData("The texts were sent on Quillo, a messaging app popular with students.", "Quillo")]
    [InlineData("Fleetbase, a database of cargo planes, lists the jet.", "Fleetbase")]
    [InlineData("Later, the gas supplier Dorvane cut deliveries.", "Dorvane")]
    public void AnAppositionNamingAKindOfBodyMayCarryANationalityAndHyphenatedWords(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AClauseAfterACommaIsNoDescriptionOfTheName()
    {
        var facts = Extract.From("In June, a paper was printed in the journal Orbis.");
        Assert.DoesNotContain("May", Extract.OrganizationNames(facts));
        Assert.Contains("Orbis", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The storm passed, Philippine officials said.", "Philippine")]
    [InlineData("A Saudi spokesman said the talks would resume.", "Saudi")]
    public void ANationalityAdjectiveIsNoOrganisation(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ADayBeforeAnAppositionIsNoOrganisation()
    {
        var facts = Extract.From("On Friday, a farming group asked for a delay.");
        Assert.DoesNotContain("Friday", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Redhill defeated Oakport 28–10 on Saturday.")]
    [InlineData("Redhill beat Oakport 31 points to 12 at home.")]
    public void TheSidesOfAResultWithAScoreAreTeams(string sentence)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains("Redhill", names);
        Assert.Contains("Oakport", names);
    }

    [Fact]
    public void TheOpponentOfATeamIsATeam()
    {
        var facts = Extract.From("The Marrowby coach Tomas Berg was pleased after Marrowby defeated Oakport in round three.");
        Assert.Contains("Oakport", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void WhatATeamPlaysAgainstInAMatchReportIsATeam()
    {
        var facts = Extract.From("Redhill defeated Oakport 28–10 on Saturday. \"We lost against Westmere last month,\" the captain said.");
        Assert.Contains("Westmere", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AgainstOutsideAMatchReportMakesNoTeam()
    {
        var facts = Extract.From("Residents of Westmere protested against Lornby on Saturday.");
        Assert.DoesNotContain("Lornby", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void PlayersWhoBeatEachOtherArePeople()
    {
        var facts = Extract.From("Maria Lopes beat Anna Holm 6–4 in the final.");
        Assert.DoesNotContain("Maria Lopes", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Anna Holm", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("He played for the Denver Pelicans for ten seasons.", "Denver Pelicans")]
    [InlineData("The Oslo Ravens won the title on Sunday.", "Oslo Ravens")]
    public void APlaceFollowedByAPluralNameIsATeam(string sentence, string team)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(team, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APlaceFollowedByAPluralKindOfPlaceStaysAPlace()
    {
        var facts = Extract.From("They sailed to the Denver Islands last year.");
        Assert.DoesNotContain("Denver Islands", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AFireAndRescueServiceIsOneBody()
    {
        var facts = Extract.From("Crews from Tarnwick Fire and Rescue fought the blaze for hours.");
        Assert.Contains("Tarnwick Fire and Rescue", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ANamedTroupeIsAnOrganisation()
    {
        var facts = Extract.From("The troupe Velvet Lanterns opened the festival.");
        Assert.Contains("Velvet Lanterns", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AGradeLetterAfterALeagueIsNoPartOfItsName()
    {
        var names = Extract.OrganizationNames(Extract.From("Arden lead the Velm Coast Rugby Union A grade table."));
        Assert.Contains("Velm Coast Rugby Union", names);
        Assert.DoesNotContain("Velm Coast Rugby Union A", names);
    }

    [Theory]
    [InlineData("Members of Mothers for Clean Rivers marched on Friday.", "Mothers for Clean Rivers")]
    [InlineData("The rally was organised by Teachers for Velmoria First on Monday.", "Teachers for Velmoria First")]
    public void ANameBuiltOnForIsAMovement(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Critics of Medicare for All spoke on Monday.")]
    [InlineData("Fans disliked the DRM for Velm Movies.")]
    [InlineData("The Minister for Foreign Affairs spoke on Monday.")]
    public void AnOfficeAPolicyOrACodeBeforeForIsNoMovement(string sentence)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.DoesNotContain(names, n => n.Contains(" for "));
    }

    [Theory]
    [InlineData("Velmora Dynamics said in a statement on Tuesday that the plant would close.", "Velmora Dynamics")]
    [InlineData("A spokesperson for Brightwell Coaches declined to comment.", "Brightwell Coaches")]
    [InlineData("Analysts said Harlow Foods' chief executive would resign.", "Harlow Foods")]
    [InlineData("Investors bought shares of Tarrock Quarrying last week.", "Tarrock Quarrying")]
    [InlineData("Quenby, which makes electric scooters, lost money.", "Quenby")]
    public void WhatOnlyACompanyHasOrDoesMakesAnOrganisation(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Fact]
    public void APersonsSpokespersonLeavesThePersonAPerson()
    {
        var facts = Extract.From("A spokesman for Maria Lopes said she was resting.");
        Assert.DoesNotContain("Maria Lopes", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The manager of Tarrock Publicity said visitor numbers fell.", "Tarrock Publicity")]
    [InlineData("She ran Dunmere Energy for a decade before retiring.", "Dunmere Energy")]
    public void WhoRunsANameMakesItABody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The National Rail Safety Board opened an inquiry. Reporters asked the NRSB for comment.", "National Rail Safety Board", "NRSB")]
    [InlineData("Harrow Gas and Electric cut power. HG&E said it would restore it soon.", "Harrow Gas and Electric", "HG&E")]
    [InlineData("The Bureau for Coastal Mapping and Research issued charts. The BCM said more would follow.", "Bureau for Coastal Mapping and Research", "BCM")]
    public void AnAcronymSpellingABodysNameIsItsAlias(string text, string organisation, string acronym)
    {
        var facts = Extract.From(text);
        var names = Extract.OrganizationNames(facts);
        Assert.Contains(organisation, names);
        Assert.DoesNotContain(acronym, names);
    }

    [Theory]
    [InlineData("On Monday, forecaster Ana Ruiz told the Corriere Velmo daily that the rain would ease.", "Corriere Velmo")]
    [InlineData("He said the Ostrava Kurier weekly had first printed the letter.", "Ostrava Kurier")]
    public void ANameAfterTheBeforeDailyOrWeeklyIsAPeriodical(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameBeforeATwoWordRoleAndAPersonIsTheirBody()
    {
        var facts = Extract.From("On Friday Orrvik Dynamics chief executive Tom Brandt said profits fell.");
        Assert.Contains("Orrvik Dynamics", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AVerbBetweenANameAndARoleMakesNoBody()
    {
        var facts = Extract.From("Nadia Carrow won the vote. Carrow picked fellow teacher Omar Velt as her deputy.");
        Assert.DoesNotContain("Carrow", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnOperatorNamedWithLinesIsACompany()
    {
        Assert.Contains("Orrvik Ferry Lines", Extract.OrganizationNames(Extract.From("Passengers on the Orrvik Ferry Lines vessel were taken ashore.")));
    }

    [Theory]
    [InlineData("The ruling bloc leads, and the Presidential poll results are due on Friday.", "Presidential")]
    [InlineData("Turnout in the Parliamentary survey of voters was low.", "Parliamentary")]
    public void AnAdjectiveBeforePollNamesNoPollster(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameBeforePollStaysAPollster()
    {
        Assert.Contains("Brandell", Extract.OrganizationNames(Extract.From("The ruling bloc leads, a Brandell poll found on Friday.")));
    }

    [Fact]
    public void APrepositionBetweenANameAndPartyMakesNoBody()
    {
        var facts = Extract.From("Tom Brandt was sworn in on Monday, with Brandt sitting alongside party bosses who had backed him.");
        Assert.DoesNotContain(Extract.OrganizationNames(facts), n => n.Contains("party"));
    }

    [Theory]
    [InlineData("Police arrested three members of Orrvik Síochána on Tuesday.", "Orrvik Síochána")]
    [InlineData("The drummer left, and the remaining members of Brass Gannets said they would tour.", "Brass Gannets")]
    public void WhatHasMembersIsABody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("She is the youngest member of the Quillon family to run.", "Quillon")]
    [InlineData("Two members of Ana Ruiz's team resigned.", "Ana Ruiz")]
    [InlineData("Several members of Generation Z said they would vote.", "Generation Z")]
    [InlineData("He is a member of the Royal Family and lives abroad.", "Royal Family")]
    public void MembersOfAFamilyOrAPersonsTeamMakeNoBody(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The comet was first seen by the agency's Orrvik Sky Survey Satellite last spring.", "Orrvik Sky Survey Satellite")]
    [InlineData("Engineers lost contact with the Velm Space Agency Probe on Monday.", "Velm Space Agency Probe")]
    public void ANameEndingInACraftsHeadIsNoOrganisation(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void WhatALaureateWonIsNoOrganisation()
    {
        Assert.DoesNotContain("Brandell", Extract.OrganizationNames(Extract.From("The coalition, led by Brandell laureate Ana Ruiz, has won.")));
    }

    [Theory]
    [InlineData("Ex-Velmor Oil drummer Tom Brandt joined the cabinet.", "Velmor Oil")]
    [InlineData("The reshuffle brought in Ex-Harlow Rovers striker Jo Kim.", "Harlow Rovers")]
    public void TheExPrefixIsNoPartOfTheBodysName(string sentence, string organisation)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(organisation, names);
        Assert.DoesNotContain(names, n => n.StartsWith("Ex", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tolvan Motors said 800 of its North American staff would lose their jobs.", "North American")]
    [InlineData("Orders fell, and the West African staff of the firm were told on Friday.", "West African")]
    public void ACompassWordBeforeADemonymIsNoOrganisation(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The model was published in Quorra on Monday.", "Quorra")]
    [InlineData("She wrote an editorial in the Lakeside Courier last week.", "Lakeside Courier")]
    public void WhatWritingIsPublishedInIsAPublication(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The night bus was operated by Bluewake, officials said.", "Bluewake")]
    [InlineData("The dive boat, owned by Tidewater Trips, sank near the pier.", "Tidewater Trips")]
    [InlineData("The depot is run by the Harlow Guards and opens at noon.", "Harlow Guards")]
    public void WhatOwnsOrRunsSomethingIsABody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void APersonWhoOwnsSomethingStaysAPerson()
    {
        var facts = Extract.From("The dive boat, owned by Maria Lopez, sank near the pier on Monday.");
        Assert.DoesNotContain("Maria Lopez", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnAmpersandAcronymInBracketsIsOneAliasOfTheBody()
    {
        var facts = Extract.From("Harrow Gas and Electric Company (HG&E) cut power on Monday. Crews from HG&E worked all night.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Harrow Gas and Electric Company", names);
        Assert.DoesNotContain("HG", names);
        Assert.DoesNotContain("HG&E", names);
    }

    [Theory]
    [InlineData("The warning was issued at 8:00 p.m. QST on Monday.", "QST")]
    [InlineData("Ferries stopped at 14:30 KLT after the storm.", "KLT")]
    public void CapitalsAfterATimeOfDayAreATimeZone(string sentence, string zone)
    {
        Assert.DoesNotContain(zone, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnAmpersandWithoutSpacesJoinsOneName()
    {
        var names = Extract.OrganizationNames(Extract.From("Crews from Velm Power worked late. Later, BT&W said the line was fixed."));
        Assert.DoesNotContain("BT", names);
    }

    [Theory]
    [InlineData("She will star in the next Kestrel film, due in 2021.", "Kestrel")]
    [InlineData("A Tarrock truck overturned on the motorway.", "Tarrock")]
    public void ABrandBeforeItsProductIsItsMaker(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("He loved the Harry Potter films as a boy.", "Harry Potter")]
    [InlineData("They watched a Christmas film on Sunday.", "Christmas")]
    public void ACharacterOrASeasonBeforeAFilmIsNoMaker(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The senator led by four points in a Quenby poll released on Friday.", "Quenby")]
    [InlineData("Support for the bridge stood at 41 percent in the June 3–5 Harlow Analytics survey.", "Harlow Analytics")]
    public void WhatRunsAPollIsABody(string sentence, string pollster)
    {
        Assert.Contains(pollster, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Dana Holt led in a Texas poll released on Friday.", "Texas")]
    [InlineData("Voters told a Dana Holt survey that prices were rising.", "Dana Holt")]
    public void APlaceOrAPersonBeforePollIsNoPollster(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }
}
