namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Titles as wire copy abbreviates them ("Sen.", "Lt. Gov.", "DCI"): the role is the office spelled out, a
/// compound rank is one office, and the abbreviation is no body or affiliation.</summary>
public class AbbreviatedTitleTests
{
    [Theory]
    [InlineData("Sen. Ana Velasco", "Ana Velasco", "senator")]
    [InlineData("Gov. Ana Velasco", "Ana Velasco", "governor")]
    [InlineData("Rep. Ana Velasco", "Ana Velasco", "representative")]
    [InlineData("Sgt. Ana Velasco", "Ana Velasco", "sergeant")]
    [InlineData("Capt. Ana Velasco", "Ana Velasco", "captain")]
    [InlineData("Col. Ana Velasco", "Ana Velasco", "colonel")]
    [InlineData("Cpl. Ana Velasco", "Ana Velasco", "corporal")]
    [InlineData("Cmdr. Ana Velasco", "Ana Velasco", "commander")]
    [InlineData("Cllr Ana Velasco", "Ana Velasco", "councillor")]
    public void AnAbbreviatedTitleGivesTheOfficeSpelledOut(string titled, string name, string role)
    {
        var facts = Extract.From("On a windy morning " + titled + " opened the new ferry terminal.");
        Assert.Equal(role, Extract.Person(facts, name).Role);
    }

    [Theory]
    [InlineData("Gov. Rita Calloway signed the budget on Monday.", "Rita Calloway", "governor")]
    [InlineData("The bill was backed by Sen. Howard Pell and two others.", "Howard Pell", "senator")]
    [InlineData("Lt. Col. Dana Whitcombe led the convoy north.", "Dana Whitcombe", "lieutenant colonel")]
    [InlineData("The raid was planned by Maj. Gen. Oskar Brandt last spring.", "Oskar Brandt", "major general")]
    [InlineData("The driver was arrested, according to Det. Lena Crowe.", "Lena Crowe", "detective")]
    [InlineData("Det Ch Insp Owen Farrell appealed for witnesses on Friday.", "Owen Farrell", "detective chief inspector")]
    [InlineData("The inquiry was led by Ch Supt Mara Fenn of the county force.", "Mara Fenn", "chief superintendent")]
    public void AnAbbreviatedTitleIsWrittenOutWhereverTheNameStands(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Theory]
    [InlineData("Lt. Gov. Ana Velasco", "lieutenant governor")]
    [InlineData("Maj. Gen. Ana Velasco", "major general")]
    [InlineData("Brig. Gen. Ana Velasco", "brigadier general")]
    [InlineData("Rear Adm. Ana Velasco", "rear admiral")]
    [InlineData("Det. Sgt. Ana Velasco", "detective sergeant")]
    [InlineData("Staff Sgt. Ana Velasco", "staff sergeant")]
    [InlineData("Atty. Gen. Ana Velasco", "attorney general")]
    [InlineData("Asst. District Attorney Ana Velasco", "assistant district attorney")]
    [InlineData("Lance Cpl. Ana Velasco", "lance corporal")]
    [InlineData("Pfc. Ana Velasco", "private first class")]
    [InlineData("Petty Officer Ana Velasco", "petty officer")]
    [InlineData("Det Insp Ana Velasco", "detective inspector")]
    [InlineData("Det Ch Supt Ana Velasco", "detective chief superintendent")]
    [InlineData("Det Con Ana Velasco", "detective constable")]
    public void ACompoundRankIsOneOfficeAndNoBody(string titled, string role)
    {
        var facts = Extract.From("On a windy morning " + titled + " opened the new ferry terminal.");
        var person = Extract.Person(facts, "Ana Velasco");
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void TheCapitalisedServiceBeforeAChiefIsPartOfTheOffice()
    {
        var facts = Extract.From("Fire Chief Ana Velasco said the crews worked through the night.");
        var person = Extract.Person(facts, "Ana Velasco");
        Assert.Equal("fire chief", person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void ThePoliceRankLettersAreTheOfficeAndTheOfficerSpeaks()
    {
        var facts = Extract.From("DCI Ana Velasco is leading the inquiry. \"We need witnesses,\" DCI Velasco said. PC Tomas Brandt was hurt.");
        Assert.Equal("detective chief inspector", Extract.Person(facts, "Ana Velasco").Role);
        Assert.Equal("police constable", Extract.Person(facts, "Tomas Brandt").Role);
        Assert.DoesNotContain("DCI", Extract.OrganizationNames(facts));
        Assert.Equal("Ana Velasco", Assert.Single(facts.Quotes).Speaker);
    }

    [Fact]
    public void AnAbbreviatedTitleBeforeItsHolderSpeaks()
    {
        var facts = Extract.From("Ana Velasco chaired the hearing. \"The record is clear,\" Cpl. Velasco said.");
        Assert.Equal("Ana Velasco", Assert.Single(facts.Quotes).Speaker);
    }

    [Theory]
    [InlineData("Sen. Tomas Hill")]
    [InlineData("Rep. Lena Park")]
    [InlineData("Senator Tomas Hill")]
    [InlineData("Mayor Lena Park")]
    public void ATitleBeforeAGivenNameMakesAPersonOfAPlaceWordFamilyName(string titled)
    {
        var facts = Extract.From(titled + " said the vote would be close.");
        var name = titled.Substring(titled.IndexOf(' ') + 1);
        Assert.Contains(name, Extract.PeopleNames(facts));
        Assert.Empty(facts.Places);
    }

    [Fact]
    public void ASovereignsTitleBeforeAGivenNameAndAPlaceWordStaysAPlace()
    {
        var facts = Extract.From("The concert was held in King George Park on Saturday.");
        Assert.Empty(facts.People);
    }

    [Theory]
    [InlineData("Board Chair Ana Velasco", "board chair")]
    [InlineData("Committee Chair Ana Velasco", "committee chair")]
    public void AChairBeforeTheNameIsTheOffice(string titled, string role)
    {
        var facts = Extract.From(titled + " told reporters the budget was sound.");
        Assert.Equal(role, Extract.Person(facts, "Ana Velasco").Role);
    }

    [Fact]
    public void AnAcademicChairInAnAppositionLeavesTheTitleBeforeTheName()
    {
        var facts = Extract.From("Professor Ana Velasco, Chair In Coastal Studies at Velm University, said the data were new.");
        Assert.Equal("professor", Extract.Person(facts, "Ana Velasco").Role);
    }

    [Fact]
    public void AnAbbreviatedPluralTitleGivesEachNameTheOffice()
    {
        var facts = Extract.From("The letter came from Sens. Tomas Brandt and Ana Velasco on Monday.");
        Assert.Equal("senator", Extract.Person(facts, "Tomas Brandt").Role);
        Assert.Equal("senator", Extract.Person(facts, "Ana Velasco").Role);
    }

    [Fact]
    public void AnAbbreviatedPluralTitleReachesANamePastTheFirstOnesPartyTag()
    {
        var facts = Extract.From("The bill was filed by Reps. Tomas Brandt, D-Ore., and Ana Velasco, R-Utah, on Monday.");
        Assert.Equal("representative", Extract.Person(facts, "Tomas Brandt").Role);
        Assert.Equal("representative", Extract.Person(facts, "Ana Velasco").Role);
        Assert.Equal("Republican", Extract.Person(facts, "Ana Velasco").Affiliation);
    }

    [Theory]
    [InlineData("Mayor-elect Ana Velasco", "mayor-elect")]
    [InlineData("Vice President-elect Ana Velasco", "vice president-elect")]
    [InlineData("Gov.-elect Ana Velasco", "governor-elect")]
    public void AnOfficeNotYetTakenKeepsItsElect(string titled, string role)
    {
        var facts = Extract.From("The team met " + titled + " on Friday.");
        Assert.Equal(role, Extract.Person(facts, "Ana Velasco").Role);
    }

    [Theory]
    [InlineData("The vigil was led by the Rev. Ana Velasco on Sunday.", "reverend")]
    [InlineData("The Very Rev. Ana Velasco, dean of the cathedral, led the vigil.", "dean")]
    [InlineData("The Rev. Ana Velasco, pastor of a small chapel in Velm, led the vigil.", "pastor")]
    [InlineData("Rev. Ana Velasco, a Lutheran minister, led the vigil.", "minister")]
    public void AClericsStyleIsTheRoleUnlessAnAppositionNamesThePost(string sentence, string role)
    {
        var facts = Extract.From(sentence);
        Assert.Equal(role, Extract.Person(facts, "Ana Velasco").Role);
        Assert.DoesNotContain(facts.Organizations, body => body.Name == "Very");
    }

    [Theory]
    [InlineData("The award went to Sgt. 1st Class Ana Velasco on Monday.", "sergeant first class")]
    [InlineData("Sgt. 1st Class Ana Velasco said the drill went well.", "sergeant first class")]
    [InlineData("The award went to Sergeant First Class Ana Velasco on Monday.", "sergeant first class")]
    [InlineData("The award went to Petty Officer 2nd Class Ana Velasco on Monday.", "petty officer second class")]
    [InlineData("The award went to Airman 1st Class Ana Velasco on Monday.", "airman first class")]
    public void ARankWithAClassInsideIsOneOfficeAndClassIsNoName(string sentence, string role)
    {
        var facts = Extract.From(sentence);
        Assert.Equal(role, Extract.Person(facts, "Ana Velasco").Role);
        Assert.DoesNotContain(facts.People, person => person.Name.StartsWith("Class", System.StringComparison.Ordinal));
    }
}
