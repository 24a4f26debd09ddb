using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Entities;

public class PlaceTests
{
    [Fact]
    public void FindsCountriesAndCitiesFromTheGazetteer()
    {
        var facts = Extract.From("Flooding hit Kraków and parts of Hungary overnight.");
        Assert.Equal(PlaceKind.City, Assert.Single(facts.Places, p => p.Name == "Kraków").Kind);
        Assert.Equal(PlaceKind.Country, Assert.Single(facts.Places, p => p.Name == "Hungary").Kind);
    }

    [Theory]
    [InlineData("Khyber-Pakhtunkhwa Health Minister Ali Shah opened the clinic.", "Khyber-Pakhtunkhwa")]
    [InlineData("Tamil-Nadu Chief Minister Ravi Kumar spoke on Monday.", "Tamil-Nadu")]
    public void AHyphenedRegionBeforeAnOfficeIsTheHoldersPlace(string sentence, string region)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(region, Extract.PlaceNames(facts));
        Assert.Equal(region, Assert.Single(facts.People).Affiliation);
    }

    [Fact]
    public void CountryAliasesResolveToTheCountry()
    {
        var facts = Extract.From("Exports from the UK fell. Britain blamed the weather.");
        var place = Assert.Single(facts.Places);
        Assert.Equal("United Kingdom", place.Name);
        Assert.Equal(2, place.Mentions);
    }

    [Theory]
    [InlineData("Relatives met on the Spanish island of Malvorca.", "Malvorca")]
    [InlineData("The children were all from Marksford, Louisiana.", "Marksford")]
    [InlineData("The convoy drove on to Quarrel Point, Ohio, before dawn.", "Quarrel Point")]
    [InlineData("The bridge closed near Waterfield station overnight.", "Waterfield station")]
    [InlineData("The attack began at Fishmongers' Hall in the afternoon.", "Fishmongers' Hall")]
    [InlineData("Refugees reached the town of Velmoria on foot.", "Velmoria")]
    [InlineData("Fighting spread across Dara Sulaiman province.", "Dara Sulaiman province")]
    [InlineData("A bridge collapsed in Kelvar Shahr early on Monday.", "Kelvar Shahr")]
    [InlineData("Ships waited near the regional capital, Ostravel, for days.", "Ostravel")]
    public void ContextMakesUnknownNamesPlaces(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
        Assert.Empty(Extract.From(sentence).People);
    }

    [Fact]
    public void ContinentsAndOceansAreFoundWithoutContext()
    {
        var facts = Extract.From("Cargo bound for Europe crossed the Atlantic and reached the Middle East.");
        Assert.Equal(new[] { "Europe", "Atlantic", "Middle East" }, Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("He was tried in the Northern District of Velmoria in 2004.", "Northern District of Velmoria", "Velmoria")]
    [InlineData("Tourists queued outside the Tower of Ostravel all day.", "Tower of Ostravel", "Ostravel")]
    public void APlaceHeadBeforeOfNamesTheWholeSpan(string sentence, string place, string part)
    {
        var names = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains(place, names);
        Assert.DoesNotContain(part, names);
    }

    [Theory]
    [InlineData("The quake damaged homes in Velmo City overnight.", "Velmo City")]
    [InlineData("Shoppers fled the Arden Mall when the roof fell.", "Arden Mall")]
    [InlineData("Pressure built along the Ostravel Fault for years.", "Ostravel Fault")]
    [InlineData("Herds returned to the Kestrel Creek Reservation this week.", "Kestrel Creek Reservation")]
    public void GeographicAndSiteHeadsEndPlaceNames(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOrganisationHeadBeforeOfIsNotAPlace()
    {
        var facts = Extract.From("The Church of Velmoria said it would appeal.");
        Assert.Contains("Church of Velmoria", Extract.OrganizationNames(facts));
        Assert.Empty(facts.Places);
    }

    [Theory]
    [InlineData("The study was published in Environmental Science last week.")]
    [InlineData("Such verses matter in Buddhism and beyond.")]
    [InlineData("The same idea appears in Modernism as well.")]
    public void FieldsJournalsAndAbstractNounsAfterInAreNotPlaces(string sentence)
    {
        Assert.Empty(Extract.From(sentence).Places);
    }

    [Fact]
    public void EveryNameOfAListOfDistrictsIsAPlace()
    {
        var facts = Extract.From("Residents were moved from the Arden, Beltor and Cassan districts.");
        Assert.Equal(new[] { "Arden", "Beltor", "Cassan" }, Extract.PlaceNames(facts).Where(n => n != "Test").ToArray());
    }

    [Fact]
    public void APlaceHeadAtTheEndWinsOverAnOrganisationWordInside()
    {
        var facts = Extract.From("Crowds filled Parliament Square and Trafalgar Square.");
        Assert.Contains("Parliament Square", Extract.PlaceNames(facts));
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void ACompassWordEndsAPlaceOnlyWhereTheContextSaysPlace()
    {
        Assert.Contains("Lanark East", Extract.PlaceNames(Extract.From("She was defeated in Lanark East by a rival.")));
        Assert.Contains("Kenny West", Extract.PeopleNames(Extract.From("The album by Kenny West sold well. West toured Europe.")));
    }

    [Fact]
    public void AnOrganisationHintNeverOverridesACountry()
    {
        var facts = Extract.From("Turkey spokesperson Ayla Demir said the border was calm.");
        Assert.Contains("Turkey", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Turkey", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ConstituentCountriesOfTheUnitedKingdomArePlaces()
    {
        Assert.Contains("Scotland", Extract.PlaceNames(Extract.From("Voters in Scotland went to the polls.")));
    }

    [Fact]
    public void TheHeadlineAddsGazetteerPlacesOnly()
    {
        var facts = FactExtractor.Extract("Suspect arrested in Kerala, India after Silver Lantern fire\n\nOfficials in Kerala arrested a man on Friday.");
        Assert.Contains("India", Extract.PlaceNames(facts));
        Assert.Empty(facts.People);
        Assert.Equal(2, Assert.Single(facts.Places, p => p.Name == "Kerala").Mentions);
    }

    [Fact]
    public void DemonymsAreNotPlaces()
    {
        var facts = Extract.From("Peruvian officials met Bolivian farmers on the Peruvian territory.");
        Assert.Empty(facts.Places);
    }

    [Fact]
    public void ACountryOnlyUsedAsAModifierIsNotListed()
    {
        Assert.Empty(Extract.From("The talks were led by a US peace envoy in a US-built plane.").Places);
        Assert.Contains("United States", Extract.PlaceNames(Extract.From("A US peace envoy flew home to the US.")));
        Assert.Contains("Blyth Vale", Extract.PlaceNames(Extract.From("Voters in Blyth Vale chose. The Blyth Vale seat changed hands.")));
    }

    [Theory]
    [InlineData("Two fuel depots were hit by a Portugal naval patrol overnight.", "Portugal")]
    [InlineData("It happened in the United States capital on Monday.", "United States")]
    [InlineData("Shopkeepers warned of Argentina-style price rises.", "Argentina")]
    public void ACountryNamedInFullIsListedEvenAsAModifier(string sentence, string country)
    {
        Assert.Contains(country, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ACountryAfterTheWithAVerbIsTheSubjectNotAModifier()
    {
        Assert.Contains("Netherlands", Extract.PlaceNames(Extract.From("Officials in the Netherlands met on Monday to discuss the dam.")));
        Assert.Contains("United States", Extract.PlaceNames(Extract.From("Diplomats said the United States welcomed the ceasefire.")));
        Assert.Contains("United Kingdom", Extract.PlaceNames(Extract.From("Analysts expect the United Kingdom will join the pact.")));
        Assert.Contains("United States", Extract.PlaceNames(Extract.From("The grant came from the United States government.")));
        Assert.Contains("Philippines", Extract.PlaceNames(Extract.From("Cases rose in parts of the Philippines first and spread later.")));
        Assert.Contains("United Kingdom", Extract.PlaceNames(Extract.From("Exports to the United Kingdom quickly recovered.")));
        Assert.Empty(Extract.From("The talks were chaired by the US trade envoy.").Places);
    }

    [Fact]
    public void MetonymsUsedAsActorsArePlaces()
    {
        Assert.Contains("Moscow", Extract.PlaceNames(Extract.From("The statement said Moscow claims the strike failed.")));
    }

    [Fact]
    public void NaturalFeaturesKeepTheirNounAndTheShortNameIsAnAlias()
    {
        var facts = Extract.From("Fires spread through the Orvado rainforest. Smoke from Orvado reached the coast.");
        var place = Assert.Single(facts.Places);
        Assert.Equal("Orvado rainforest", place.Name);
        Assert.Contains("Orvado", place.Aliases);
    }

    [Fact]
    public void TheLastPartOfAHyphenatedPlaceIsAnAlias()
    {
        var facts = Extract.From("Troops entered the town of Varno-Kestal on Monday. Civilians in Kestal fled.");
        var place = Assert.Single(facts.Places);
        Assert.Equal("Varno-Kestal", place.Name);
        Assert.Contains("Kestal", place.Aliases);
    }

    [Fact]
    public void UnknownNamesEnumeratedWithAPlaceArePlaces()
    {
        var facts = Extract.From("Crews came from Cardiff, Velborough, Arnmouth, and Lower Dunfield on Monday.");
        var names = Extract.PlaceNames(facts);
        Assert.Contains("Velborough", names);
        Assert.Contains("Arnmouth", names);
        Assert.Contains("Lower Dunfield", names);
    }

    [Fact]
    public void TwoNamesBesideAPlaceAreNoEnumeration()
    {
        var facts = Extract.From("Ana Ruiz met Velborough and Arnmouth officials in Cardiff.");
        Assert.DoesNotContain("Velborough", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACompassWordBeforeOfGivesADirectionFromThePlace()
    {
        var facts = Extract.From("The zone would be set up East of the Orra River, officials said.");
        var names = Extract.PlaceNames(facts);
        Assert.Contains("Orra River", names);
        Assert.DoesNotContain("East of the Orra River", names);
    }

    [Theory]
    [InlineData("Convoys crossed into Northern Syria on Tuesday.", "Northern Syria", "Syria")]
    [InlineData("The stabbing happened at a bus stop in South London on Friday.", "South London", "London")]
    public void ACompassWordBeforeAKnownPlaceNamesAPartOfIt(string sentence, string part, string whole)
    {
        var names = Extract.PlaceNames(Extract.From(sentence));
        Assert.Contains(part, names);
        Assert.DoesNotContain(whole, names);
    }

    [Fact]
    public void NorthBeforeACountryOnlyLocatesTheCountry()
    {
        var names = Extract.PlaceNames(Extract.From("The fire broke out in Koszalin, North Poland, on Friday."));
        Assert.Contains("Poland", names);
        Assert.DoesNotContain("North Poland", names);
    }

    [Fact]
    public void TheDistrictOfColumbiaIsPartOfTheCapitalsName()
    {
        var facts = Extract.From("Marchers gathered in Washington, D.C. on Saturday. Many had driven to D.C. overnight, and Washington was calm by Sunday.");
        var place = Assert.Single(facts.Places);
        Assert.Equal("Washington, D.C.", place.Name);
        Assert.Empty(facts.Organizations);
    }

    [Theory]
    [InlineData("The truck crashed on Interstate 40 near the border.", "Interstate 40")]
    [InlineData("The quake was felt across Region 7 and Region 9.", "Region 7")]
    [InlineData("He was driving east on U.S. Route 6 at the time.", "U.S. Route 6")]
    public void ARoadOrRegionWordWithANumberIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOfficeAfterInIsNoPlace()
    {
        var facts = Extract.From("He said he trusted in Vice President-elect Ruiz to lead the team.");
        Assert.DoesNotContain("Vice President", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ANameAfterAtAndBeforeItsRegionIsAPlace()
    {
        var facts = Extract.From("The plane landed at Varnipur, Kerala in heavy rain.");
        Assert.Contains("Varnipur", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ALowerCaseCompassWordBeforeAContinentNamesARegion()
    {
        var facts = Extract.From("Exports to east Asia and southern Africa grew last year.");
        Assert.Contains("East Asia", Extract.PlaceNames(facts));
        Assert.Contains("Southern Africa", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Asia", Extract.PlaceNames(facts));
    }

    [Fact]
    public void APeopleAndWorldNameTheLandsWhereItLives()
    {
        Assert.Contains("Arab world", Extract.PlaceNames(Extract.From("The film was popular across the Arab world.")));
    }

    [Fact]
    public void AHallForEventsWhereSomethingHappensIsAPlace()
    {
        var facts = Extract.From("The fair was held at the Arnmouth Convention Center on Friday.");
        Assert.Contains("Arnmouth Convention Center", Extract.PlaceNames(facts));
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void AComplexIsABuilding()
    {
        var facts = Extract.From("Marchers gathered outside the Legislative Council Complex on Monday.");
        Assert.Contains("Legislative Council Complex", Extract.PlaceNames(facts));
        Assert.Empty(facts.Organizations);
    }

    [Theory]
    [InlineData("The crowd moved on to the Arden Police Headquarters.", "Arden Police Headquarters")]
    public void AHeadquartersSomeoneIsTakenToIsAPlace(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.PlaceNames(facts));
        Assert.DoesNotContain(name, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AHospitalThatSpeaksIsABody()
    {
        var facts = Extract.From("Lakeside General Hospital said two men were treated for burns.");
        Assert.Contains("Lakeside General Hospital", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Two men were taken to Lakeside General Hospital with burns.", "Lakeside General Hospital")]
    [InlineData("Brookfield District Hospital reopened its wards on Monday.", "Brookfield District Hospital")]
    [InlineData("Patients were moved from Elm Street Hospital and the town's clinics.", "Elm Street Hospital")]
    public void AHospitalIsABodyWhereverItStands(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(name, Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACountryCodeGluedToACurrencySignIsNoPlace()
    {
        Assert.Empty(Extract.From("The farm sold its grain for US$300 a tonne last year.").Places);
    }

    [Fact]
    public void APlaceAnOfficeHolderSitsForIsSplitFromTheirName()
    {
        var facts = Extract.From("The bill was backed by the Senator from Ohio Maria Delgado on Monday.");
        Assert.Contains("Ohio", Extract.PlaceNames(facts));
        Assert.Contains("Maria Delgado", Extract.PeopleNames(facts));
    }

    [Fact]
    public void ASourceAfterAccordingToIsNotAPlace()
    {
        var facts = Extract.From("According to Daily Harbinger, Peru has closed its border.");
        Assert.DoesNotContain("Daily Harbinger", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The conference moved from Montreal to Poznan last year.", "Montreal", "Poznan")]
    [InlineData("The conference moved from Montréal to Poznań last year.", "Montréal", "Poznań")]
    public void AGazetteerPlaceKeepsTheSpellingTheDocumentUses(string body, string first, string second)
    {
        var places = Extract.PlaceNames(Extract.From(body));
        Assert.Contains(first, places);
        Assert.Contains(second, places);
    }

    [Fact]
    public void AHeadlineCompassWordBeforeAKnownPlaceNamesAPartOfIt()
    {
        var facts = FactExtractor.Extract("Storms cut power in Northern Ontario\n\nCrews worked through the night to restore supply.", new ExtractionOptions());
        Assert.Contains("Northern Ontario", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("The plan would widen the gas supply of Europe. The map by Harlow Grid Europe shows the route.", "Europe", "Harlow Grid Europe")]
    [InlineData("The plan would widen the gas supply of Norway. The map by Harlow Grid Norway shows the route.", "Norway", "Harlow Grid Norway")]
    public void ACountryUsedAloneIsNoSurname(string text, string place, string name)
    {
        var facts = Extract.From(text);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(name, Extract.PeopleNames(facts));
    }
}
