namespace FactsGenerator.Extraction.Tests.Entities;

public class ContextPlaceTests
{
    [Theory]
    [InlineData("Police from nearby Dunmere arrived within minutes.", "Dunmere")]
    [InlineData("Ferries sail daily to the island Tarsk.", "Tarsk")]
    [InlineData("Barges move coal along the river Orra.", "Orra")]
    [InlineData("Hundreds died in the Pellham battle last year.", "Pellham")]
    public void AKindOfPlaceOrAnEventNamedAfterItMakesAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The Norwegian attack on the fort failed.", "Norwegian")]
    [InlineData("The station Radio Velm reported the fire.", "Radio Velm")]
    public void ANationalityOrAStationBeforeAnEventIsNoPlace(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Small jets use Harlan Field airport most days.", "Harlan Field")]
    [InlineData("Jobs depend on the Tarnwick mine getting approval.", "Tarnwick mine")]
    [InlineData("The crowd gathered at Oldgate Corner on Saturday.", "Oldgate Corner")]
    [InlineData("Miners dug coal at the Upper Felling Mine.", "Upper Felling Mine")]
    [InlineData("Visitors walked toward the Arden Test and Training Range on Friday.", "Arden Test and Training Range")]
    public void ASiteNamedWithItsKindIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void APlaceAndAParkAfterAndStayTwoPlaces()
    {
        var names = Extract.PlaceNames(Extract.From("Marchers went from Oslo and Frogner Park to the palace."));
        Assert.Contains("Oslo", names);
        Assert.DoesNotContain("Oslo and Frogner Park", names);
    }

    [Fact]
    public void AGivenNameBeforeCastleIsAPerson()
    {
        var facts = Extract.From("The party's 2016 nominee Darren Castle said he would not run again.");
        Assert.Contains("Darren Castle", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Darren Castle", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Doctors at the Harlow Valley Medical Center treated the driver.", "Harlow Valley Medical Center")]
    public void AMedicalCentreIsABody(string sentence, string body)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(body, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(body, Extract.PlaceNames(facts));
    }

    [Fact]
    public void AMedicalCentresAcronymIsItsAlias()
    {
        var facts = Extract.From("He was taken to the Orra Military Medical Center (OMMC) on Friday. The OMMC said he was stable.");
        var centre = Assert.Single(facts.Organizations, o => o.Name == "Orra Military Medical Center");
        Assert.Contains("OMMC", centre.Aliases);
        Assert.DoesNotContain("OMMC", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Orra Military Medical Center", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("He met Roman Catholic leaders on Monday.", "Roman")]
    [InlineData("A Saudi Aramco tanker was seized.", "Saudi Arabia")]
    public void ANationalityAdjectiveBeforeAnotherWordIsNoPlace(string sentence, string place)
    {
        Assert.DoesNotContain(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The fire spread to the outskirts of Dunmere on Monday.", "Dunmere")]
    [InlineData("Residents of Pellham were told to leave.", "Pellham")]
    [InlineData("The mayor of Brenholt said the bridge would reopen in May.", "Brenholt")]
    public void TheOutskirtsOrResidentsOfANameMakeAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The storm struck tourist attractions, such as Kelvara and Dunmorrow, on Monday.")]
    [InlineData("Flights were cut to holiday destinations including Kelvara and Dunmorrow.")]
    public void NamesListedAfterAPluralKindOfPlaceArePlaces(string sentence)
    {
        var places = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains("Kelvara", places);
        Assert.Contains("Dunmorrow", places);
    }

    [Theory]
    [InlineData("The Harbour Courier states that the ferry was late.", "Harbour Courier")]
    [InlineData("Later, the Orvane Gazette states the ship sank in minutes.", "Orvane Gazette")]
    public void StatesBeforeADeterminerIsAVerbNotPluralStates(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void PluralStatesAfterANameStillMakeAPlace()
    {
        Assert.Contains("Velmoria", Extract.PlaceNames(Extract.From("On Monday, envoys from the Velmoria states met in private.")));
    }

    [Theory]
    [InlineData("The fire hit Dorvast, a port town in the south, on Monday.", "Dorvast")]
    [InlineData("The sick were moved to Kelmarra, the south-most region of the country.", "Kelmarra")]
    [InlineData("Quarnby, a small village in the hills, lost power for a day.", "Quarnby")]
    [InlineData("Crews drove to Ellsmoor, a town 25 km north of the lake, at dawn.", "Ellsmoor")]
    [InlineData("Marchers walked into Tellmara, the state capital, after a week on the road.", "Tellmara")]
    [InlineData("Voters in Orrsby, the county seat, queued for hours.", "Orrsby")]
    [InlineData("Rebels seized Kavrun, the capital, before dawn.", "Kavrun")]
    public void AnAppositionNamingAKindOfPlaceMakesAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameEndingInTownAfterInIsAPlace()
    {
        Assert.Contains("Port Wellam Town", Extract.PlaceNames(Extract.From("Shops in Port Wellam Town stayed shut after the flood.")));
    }

    [Fact]
    public void AClubEndingInTownOutsideAPlaceContextIsNoPlace()
    {
        Assert.DoesNotContain("Mellor Town", Extract.PlaceNames(Extract.From("The striker joined Mellor Town in May.")));
    }

    [Fact]
    public void AnOrdinaryWordOpeningTheSentenceBeforeAPlaceAppositionIsNoPlace()
    {
        Assert.DoesNotContain("Meanwhile", Extract.PlaceNames(Extract.From("Meanwhile, a small town in the valley voted to close its school.")));
    }

    [Fact]
    public void AnAppositionAboutTheCapitalsOfficeHolderIsNoPlace()
    {
        var facts = Extract.From("The motion was tabled by Irma Dovesk, the capital's deputy mayor, last week.");
        Assert.DoesNotContain("Irma Dovesk", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnAppositionGoingOnPastTheKindOfPlaceIsNoPlace()
    {
        var facts = Extract.From("The plan was backed by Tomas Velgren, the city's deputy mayor, on Monday.");
        Assert.DoesNotContain("Tomas Velgren", Extract.PlaceNames(facts));
    }
}
