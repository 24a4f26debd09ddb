using System.Linq;

namespace FactsGenerator.Extraction.Tests.Entities;

public class OrganizationTests
{
    [Theory]
    [InlineData("Harbour International criticised the ruling on Monday. The International Court of Justice in Oslo ruled last week.")]
    [InlineData("Relief International praised the decision. The International Rescue Board of Canada agreed.")]
    public void AShortNameLongerThanTheWordsBeforeOfDoesNotBreakTheMerge(string text)
    {
        // A short name is compared with the words before "of" in a longer one; a short name with more words than that
        // once read past its end and the whole document failed.
        var facts = Extract.From(text);
        Assert.NotEmpty(Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APublicationCitedAsTheSourceIsAnOrganisation()
    {
        var facts = Extract.From("The minister said the port would reopen soon, as quoted by Finnish Observer.");
        Assert.Contains("Finnish Observer", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnOrdinalOpensTheNameOfANumberedUnit()
    {
        var facts = Extract.From("Boats from the 2nd Coastal Command joined the search on Monday.");
        Assert.Contains("2nd Coastal Command", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AFirstNameAfterAnInstitutionStartsAPerson()
    {
        var facts = Extract.From("The plan was backed by members of the Chamber of Deputies Maria Lopes and Peter Holm on Monday.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Chamber of Deputies", names);
        Assert.Contains("Maria Lopes", facts.People.Select(p => p.Name));
    }

    [Fact]
    public void AFirstNameAfterACompleteOrganisationNameStartsAPerson()
    {
        var facts = Extract.From("Former envoy to the World Alliance Maria Lopes criticised the plan.");
        Assert.Contains("World Alliance", Extract.OrganizationNames(facts));
        Assert.Contains("Maria Lopes", Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("The Allied Nations Arts, Crafts and Heritage Council rejected the bid.", "Allied Nations Arts, Crafts and Heritage Council")]
    [InlineData("A Ministry of Fishing, Farming and Forests spokesman declined to comment.", "Ministry of Fishing, Farming and Forests")]
    public void ACommaListInsideAnOrganisationNameKeepsTheWholeName(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACommaListOfPlacesAfterACompleteNameIsNotPartOfIt()
    {
        var facts = Extract.From("The Velmoria Police, Spain and Italy signed the pact.");
        Assert.Contains("Velmoria Police", Extract.OrganizationNames(facts));
        Assert.Contains("Spain", Extract.PlaceNames(facts));
    }

    [Fact]
    public void UnitedNationsIsAnOrganisation()
    {
        var facts = Extract.From("The ruling ignored the United Nations' earlier position.");
        Assert.Contains("United Nations", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Researchers at LeakWatch found the files.", "LeakWatch")]
    [InlineData("The clip was posted to Twitter late on Friday.", "Twitter")]
    [InlineData("Wikinews asked the ministry for comment.", "Wikinews")]
    public void BrandsAndWellKnownPlatformsAreOrganisations(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("McArthur")]
    [InlineData("DeLuca")]
    [InlineData("LeBlanc")]
    public void SurnamePrefixesAreNotBrands(string word)
    {
        Assert.False(FactsGenerator.Extraction.Entities.NameForms.IsCamelCaseBrand(word));
    }

    [Fact]
    public void AShortNameOfABodyIsAnAliasOfTheOnlyLongerName()
    {
        var facts = Extract.From("The Velmoria Senate filed the suit. The Senate voted on Friday. The Supreme Court of Velmoria heard it, and the Supreme Court ruled.");
        Assert.Equal(new[] { "Velmoria Senate", "Supreme Court of Velmoria" }, Extract.OrganizationNames(facts));
        Assert.Contains("Senate", facts.Organizations[0].Aliases);
        Assert.Contains("Supreme Court", facts.Organizations[1].Aliases);
    }

    [Fact]
    public void AShortNameWithItsHeadBeforeAFieldIsAnAliasOfTheOnlyLongerName()
    {
        var facts = Extract.From("The Velmoria Chamber of Deputies passed the bill. Later the Chamber of Deputies adjourned until May.");
        var body = Assert.Single(facts.Organizations);
        Assert.Equal("Velmoria Chamber of Deputies", body.Name);
        Assert.Contains("Chamber of Deputies", body.Aliases);
    }

    [Fact]
    public void APartyOfAStateIsABranchApartFromTheParty()
    {
        var facts = Extract.From("Dana Holt chairs the Harvest Party of Vermont. The Harvest Party nominated its candidate in June.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Harvest Party of Vermont", names);
        Assert.Contains("Harvest Party", names);
    }

    [Fact]
    public void APartyOfACountryIsTheParty()
    {
        var facts = Extract.From("Dana Holt chairs the Harvest Party of Canada. The Harvest Party nominated its candidate in June.");
        var body = Assert.Single(facts.Organizations);
        Assert.Contains("Harvest Party", body.Aliases);
    }

    [Fact]
    public void APlaceBeforeTheHeadIsTheSameBodyAsTheHeadOfThePlace()
    {
        var facts = Extract.From("The Parliament of the United Kingdom sat late. Critics said the UK parliament had failed.");
        var body = Assert.Single(facts.Organizations);
        Assert.Equal("Parliament of the United Kingdom", body.Name);
        Assert.Contains("UK parliament", body.Aliases);
    }

    [Fact]
    public void AShortNameFittingTwoLongerNamesStaysApart()
    {
        var facts = Extract.From("The Velmoria Senate and the Arden Senate met. The Senate adjourned.");
        Assert.Contains("Senate", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABodyNamedAfterOfInALongerNameStaysApart()
    {
        var facts = Extract.From("The Arden Trade Union said it would strike. Talks at the Office of the Arden Trade Union failed.");
        Assert.Contains("Arden Trade Union", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACommaListOfAcronymsIsNotShouting()
    {
        var facts = Extract.From("Telescopes run by the ESO, NOAO, and CTIO joined the survey.");
        Assert.Contains("NOAO", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AGerundOpeningTheSentenceIsNotPartOfTheName()
    {
        var facts = Extract.From("Banning Velmoria Airways would hurt trade.");
        Assert.Equal(new[] { "Velmoria Airways" }, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AHouseNumberOpensAnAddress()
    {
        var facts = Extract.From("A spokesman for 10 Downing Street declined to comment. In 2019 Arden Road was closed.");
        Assert.Contains("10 Downing Street", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("2019 Arden Road", Extract.PlaceNames(facts));
    }

    [Fact]
    public void NamedExamplesOfAPluralKindOfBodyAreOrganisations()
    {
        var facts = Extract.From("Several firms including Nordwind, Keller Haus, and Brightmoor have left the market.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Nordwind", names);
        Assert.Contains("Keller Haus", names);
        Assert.Contains("Brightmoor", names);
        Assert.Empty(facts.People);
    }

    [Fact]
    public void ExamplesOfCountriesAreNotOrganisations()
    {
        var facts = Extract.From("Buyers like France and Spain objected to the deal.");
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ShoutedCapitalsAreNotAcronyms()
    {
        var facts = Extract.From("He posted \"WE WON BIG, BY A MILE!\" on Monday, and the NATO summit went on.");
        Assert.Equal(new[] { "NATO" }, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APartyBeforeACountryAndATitleIsNoOrganisation()
    {
        var facts = Extract.From("In 2010 she defeated incumbent Republican US Senator Mark Ellison to win the seat.");
        Assert.DoesNotContain("Republican US", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnAppositionNamingAKindOfBodyMakesAnOrganisation()
    {
        var facts = Extract.From("He later worked at Harlow Quentin Marsh, an investment bank, for ten years.");
        Assert.Contains("Harlow Quentin Marsh", Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void AWeekdayIsNotPartOfTheNameAfterOrBeforeIt()
    {
        var facts = Extract.From("This Tuesday Finnish Foreign Minister Aino Virtanen spoke. A suit was filed by the Lakeland Senate on Sunday against the mayor.");
        var names = Extract.OrganizationNames(facts);
        Assert.DoesNotContain("Tuesday Finnish", names);
        Assert.DoesNotContain("Lakeland Senate on Sunday", names);
    }

    [Fact]
    public void ABodyOwningAnotherBodyGivesTwoOrganisations()
    {
        var facts = Extract.From("Figures came from Lakeside University's Institute for Water Policy and Evaluation on Friday.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Lakeside University", names);
        Assert.Contains("Institute for Water Policy and Evaluation", names);
    }

    [Fact]
    public void AnAcronymAfterItsExpansionIsAnAlias()
    {
        var facts = Extract.From("The National Flood Response Centre (NFRC) opened shelters. NFRC staff handed out water.");
        var organization = Assert.Single(facts.Organizations);
        Assert.Equal("National Flood Response Centre", organization.Name);
        Assert.Contains("NFRC", organization.Aliases);
        Assert.Equal(3, organization.Mentions); // the expansion, the acronym in parentheses, the later acronym
    }

    [Theory]
    [InlineData("Officials at the Ministry of Water Resources met on Monday.", "Ministry of Water Resources")]
    [InlineData("The Electoral Commission counted the votes.", "Electoral Commission")]
    [InlineData("The Kremlin said the talks were useful.", "Kremlin")]
    [InlineData("Volunteers from the group Terra Viva planted trees.", "Terra Viva")]
    [InlineData("The claim was denied by Peru's defence ministry on Sunday.", "Peru's defence ministry")]
    [InlineData("Members of the Ostrava regional council voted.", "Ostrava regional council")]
    [InlineData("A witness told Nordpress that the gate was open.", "Nordpress")]
    [InlineData("The remarks were published by Velkor.com.pl later.", "Velkor.com.pl")]
    public void RecognisesOrganisations(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("He chaired the House Oversight and Reform Committee until May.", "House Oversight and Reform Committee")]
    [InlineData("Staff at the Ministry of Oil and Gas went on strike.", "Ministry of Oil and Gas")]
    [InlineData("The Ashford Gazette reported the closure on Monday.", "Ashford Gazette")]
    [InlineData("The Commission on Presidential Debates announced a change.", "Commission on Presidential Debates")]
    [InlineData("He was treated at the Mayo Clinic in March.", "Mayo Clinic")]
    [InlineData("The Alachua Sheriff's Office tweeted a warning.", "Alachua Sheriff's Office")]
    [InlineData("The recording was uploaded to a Vidtube channel on Wednesday.", "Vidtube")]
    [InlineData("The officer shared his experience on Facegram.", "Facegram")]
    [InlineData("The House of Representatives confirmed him.", "House of Representatives")]
    [InlineData("Market Watcher reported that the shares fell.", "Market Watcher")]
    [InlineData("Advice came from the Centers for Soil Testing and Research on Monday.", "Centers for Soil Testing and Research")]
    [InlineData("Advice came from Norway's Centres for Soil Testing and Research on Monday.", "Centres for Soil Testing and Research")]
    public void NamesWithAndOrACityFirst(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void APartyAdjectiveBeforeANameIsNotAnOrganisation()
    {
        var facts = Extract.From("Republican Larry Hogan signed the bill.");
        Assert.Empty(facts.Organizations);
        Assert.Contains("Larry Hogan", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnAffiliationBeforeARoleIsAnOrganisation()
    {
        var facts = Extract.From("Velkari spokesperson Adil Noor said the convoy was attacked.");
        Assert.Contains("Velkari", Extract.OrganizationNames(facts));
        Assert.Equal("spokesperson", Extract.Person(facts, "Adil Noor").Role);
    }

    [Fact]
    public void ACodeGluedToADesignationIsNotAnOrganisation()
    {
        Assert.Empty(Extract.From("Water was found on the planet K2-18b this year.").Organizations);
        Assert.Contains("G7", Extract.OrganizationNames(Extract.From("Leaders of the G7 met in June.")));
    }

    [Fact]
    public void APersonsSurnameAsPossessorIsNotAnOrganisation()
    {
        var facts = Extract.From("Wrestler Jon Hubert died. Hubert's tag team partner Erick Rowe paid tribute.");
        Assert.Empty(facts.Organizations);
        Assert.Equal("tag team partner", Extract.Person(facts, "Erick Rowe").Role);
    }

    [Fact]
    public void AShipPrefixIsNotAnOrganisation()
    {
        Assert.Empty(Extract.From("The ship was previously MV Professor Albrecht Penck.").Organizations);
    }

    [Theory]
    [InlineData("Initial reports stated the fruit was a pineapple.")]
    [InlineData("The final victim, LGBT activist Andrew Kinsley, was reported missing.")]
    [InlineData("He was elected a Fellow of the Royal Academy in 1981.", "Royal Academy")]
    public void NoOrganisationFromCommonWordsOrTitles(string sentence, string? organization = null)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Equal(organization is null ? System.Array.Empty<string>() : new[] { organization }, names);
    }

    [Fact]
    public void GenericGroupsAreNotOrganisations()
    {
        var facts = Extract.From("Protesters and police clashed while Russian peacekeepers watched.");
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ACommonWordAtTheStartOfASentenceIsNotAnOrganisation()
    {
        var facts = Extract.From("University fees rose again. Committee members disagreed.");
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void AnAlternativeNameAfterOrIsAnAlias()
    {
        var facts = Extract.From("The G5, or the Group of Five, met in spring.");
        var organization = Assert.Single(facts.Organizations);
        Assert.Contains("Group of Five", organization.Aliases);
    }

    [Fact]
    public void APartyNamedWithAnotherAdjectiveIsAnotherParty()
    {
        var facts = Extract.From("The Social Liberal Party split from the Liberal Party in 2004. Its founders had left the Liberal Party years earlier.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Social Liberal Party", names);
        Assert.Contains("Liberal Party", names);
    }

    [Fact]
    public void AHallOfFameIsAnInstitutionNotAPlace()
    {
        var facts = Extract.From("The drummer was inducted into the Jazz and Blues Hall of Fame in 2001.");
        Assert.Contains("Jazz and Blues Hall of Fame", Extract.OrganizationNames(facts));
        Assert.Empty(facts.Places);
    }

    [Fact]
    public void AnAcronymAndANameWithItsHeadAreTwoBodies()
    {
        var facts = Extract.From("Later that day, the ANP and Velmoria Radio also called the race.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("ANP", names);
        Assert.Contains("Velmoria Radio", names);
    }

    [Fact]
    public void AnAndInsideTheSecondPartOfANameKeepsItsOwnParticles()
    {
        var facts = Extract.From("She met delegates of the Bread and Roses Party of Velmoria on Monday.");
        Assert.Contains("Bread and Roses Party", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Researchers from the University of Bristol and Arden College took part.", "University of Bristol")]
    [InlineData("The ruling of the High Court of England and Wales was upheld.", "High Court of England and Wales")]
    [InlineData("Funding came from the Department of Health and Human Services last year.", "Department of Health and Human Services")]
    public void AFirstNameCompleteWithItsPlaceOnlyTakesAnotherPlaceAfterAnd(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The Arden Co-operation Council said on Monday it would meet in Velsko.", "Arden Co-operation Council")]
    [InlineData("Monitors from the Organization for Security and Co-operation in Europe reached Velsko on Friday.", "Organization for Security and Co-operation in Europe")]
    [InlineData("The Organization for Security and Cooperation in Europe sent 40 observers.", "Organization for Security and Cooperation in Europe")]
    [InlineData("The Velmar Anti-corruption Commission opened an inquiry.", "Velmar Anti-corruption Commission")]
    public void AHyphenedPrefixWithALowerCaseWordStaysInTheName(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOpeningHyphenedPrefixOpensNoName()
    {
        Assert.Empty(Extract.OrganizationNames(Extract.From("Anti-war protesters marched through Velsko on Sunday.")));
    }

    [Theory]
    [InlineData("Eleven Republicans crossed the aisle on the Velsko water bill.")]
    [InlineData("Fifteen Conservatives voted against the Arden budget on Tuesday.")]
    [InlineData("Dozens of Labour members walked out of the hall.")]
    public void ACountOpeningTheSentenceIsNoPartOfAPartyName(string sentence)
    {
        Assert.DoesNotContain(Extract.OrganizationNames(Extract.From(sentence)), name => name.StartsWith("Eleven", System.StringComparison.Ordinal) || name.StartsWith("Fifteen", System.StringComparison.Ordinal)
            || name.StartsWith("Dozens", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ABandIsNotAPerson()
    {
        var facts = Extract.From("He wrote the lyrics for the rock band Silver Lanterns in the 1970s.");
        Assert.Contains("Silver Lanterns", Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Theory]
    [InlineData("The virus has an R0 of about three, the study found.", "R0")]
    [InlineData("The crash closed the A482 near the village on Monday.", "A482")]
    public void ALetterWithDigitsIsACodeNotABody(string sentence, string code)
    {
        Assert.DoesNotContain(code, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnAcronymBeforeTheKindOfBodyItIsNamesTheBodyAlone()
    {
        var facts = Extract.From("The alliance is largely made up of KLF militia fighters, the report said.");
        Assert.Contains("KLF", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("KLF militia", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void InitialsInDoubleBracketsMarkTheInterviewer()
    {
        var facts = Extract.From("((KLM)) Why did you decide to run this year?");
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ATimeZoneIsNotAnAcronymOfABody()
    {
        var facts = Extract.From("The plane landed at 7:40 pm IST on Friday.");
        Assert.Empty(facts.Organizations);
    }

    [Theory]
    [InlineData("She was described by the Daily Lantern as a pioneer.", "Daily Lantern")]
    [InlineData("The quake was measured by the Velmoria Geological Survey at 6.1.", "Velmoria Geological Survey")]
    [InlineData("The figures come from the Lanterna website, which tracks deaths.", "Lanterna")]
    [InlineData("In an interview with Brightline magazine, she said little.", "Brightline")]
    public void OutletsAndSurveysAreOrganisations(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ASyllabicShortFormInParenthesesIsAnAlias()
    {
        var facts = Extract.From("The Velmorian Institute of Seismology (Velisem) recorded the quake. Velisem said aftershocks were likely.");
        var organization = Assert.Single(facts.Organizations);
        Assert.Equal("Velmorian Institute of Seismology", organization.Name);
        Assert.Contains("Velisem", organization.Aliases);
    }

    [Fact]
    public void TheTownOfAMayorIsAPlace()
    {
        var facts = Extract.From("Ana Ruiz, the mayor of Arnsford, closed the schools. Roads in Arnsford reopened on Friday.");
        Assert.Contains("Arnsford", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Arnsford", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AFunctionWordAfterAnInterviewLabelOpensTheSentence()
    {
        var facts = Extract.From("((Ana Ruiz)) The phrase is only a metaphor.");
        Assert.Empty(facts.Organizations);
        Assert.Empty(facts.Places);
    }

    [Fact]
    public void AnUnknownNameThatReportsAtASentenceStartIsAnOutlet()
    {
        var facts = Extract.From("Nordpress reports the ship sank near the coast.");
        Assert.Contains("Nordpress", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void EarlyReportsAtASentenceStartAreNoOutlet()
    {
        var facts = Extract.From("Early reports said the ship sank near the coast.");
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void AnUnknownSingleNameThatSpeaksIsACompany()
    {
        var facts = Extract.From("Toys from Brelco sold out on Saturday. Brelco announced a new line of figures.");
        Assert.Contains("Brelco", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACommonNounThatSpeaksAtASentenceStartIsNoCompany()
    {
        var facts = Extract.From("Neighbours said they heard shots. Witnesses said the car drove off.");
        Assert.Empty(facts.Organizations);
    }

    [Theory]
    [InlineData("The Lantern drew comparisons with an earlier leak.", "Lantern")]
    [InlineData("The attack was reported by The Lantern on Monday.", "The Lantern")]
    public void ANameWithTheThatActsOrIsCitedIsAPublication(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ASingleNameIntroducedByAPersonNounThatSpeaksIsNoCompany()
    {
        var facts = Extract.From("Crowds gathered again on Sunday. A student named Tsang said, \"We will return.\" Later, Tsang left the square.");
        Assert.DoesNotContain("Tsang", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AndInsideACommitteeNamedWithOnKeepsTheWholeName()
    {
        var facts = Extract.From("The Committee on Roads and Bridges met on Tuesday.");
        Assert.Contains("Committee on Roads and Bridges", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnOfficeNamedForAPublicServiceIsABody()
    {
        var facts = Extract.From("The Arnmouth district attorney's office said it would appeal. Orvan Delt's office declined to comment.");
        Assert.Contains("Arnmouth district attorney's office", Extract.OrganizationNames(facts));
        Assert.DoesNotContain(facts.Organizations, o => o.Name.StartsWith("Orvan", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tomas Delgado took office as the 12th President of Velmoria on Monday.", "Tomas Delgado")]
    [InlineData("Greta Lund left office in May after two terms.", "Greta Lund")]
    [InlineData("Four years later, Ivo Brand is seeking office again.", "Ivo Brand")]
    public void AnOfficeTakenOrLeftIsNoBody(string text, string name)
    {
        var facts = Extract.From(text);
        Assert.Empty(Extract.OrganizationNames(facts));
        Extract.Person(facts, name);
    }

    [Fact]
    public void AnEmbassyIsNamedWithItsCityAndTheCityStaysAPlace()
    {
        var facts = Extract.From("Protesters gathered outside the French embassy in Berlin. The German Embassy in Paris was closed.");
        Assert.Contains("French embassy in Berlin", Extract.OrganizationNames(facts));
        Assert.Contains("German Embassy in Paris", Extract.OrganizationNames(facts));
        Assert.Contains("Paris", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The bill passed the Vidhan Sabha on Monday.", "Vidhan Sabha")]
    [InlineData("The Storting voted on Friday.", "Storting")]
    public void ALegislatureWithAForeignNameIsABody(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.OrganizationNames(facts));
        Assert.Empty(facts.Places);
    }

    [Fact]
    public void ANationalityBeforeABareNounForABodyIsNoName()
    {
        // ("the Turkish army moved south" names the nation's army: NationalBodyInLowerCaseTests.)
        var facts = Extract.From("Turkish army units moved south, and a Scottish court heard the case.");
        Assert.Empty(facts.Organizations);
    }

    [Theory]
    [InlineData("In an interview with Crimson Ledger, the singer said the tour was over.", "Crimson Ledger")]
    [InlineData("The single topped the Marquee charts for a month.", "Marquee")]
    public void AnOutletInterviewingOrChartingIsABody(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Divers found the wreck of the U.S.S. Marlin off the coast, the group said.")]
    [InlineData("The submarine USS Marlin was lost in 1944.")]
    [InlineData("HMS Dauntless left port on Friday.")]
    public void AShipIsNoBody(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Organizations);
    }

    [Theory]
    [InlineData("Tom Reyes, the Republican Senate Majority Leader, opposed the bill.", "Senate")]
    [InlineData("The Harbour Board Chairman resigned on Tuesday after the vote.", "Harbour Board")]
    public void AnOfficeAfterABodyNamesTheOfficeNotTheBody(string sentence, string body)
    {
        var organizations = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(body, organizations);
        Assert.DoesNotContain(organizations, name => name.EndsWith("Leader", System.StringComparison.Ordinal) || name.EndsWith("Chairman", System.StringComparison.Ordinal));
    }
}
