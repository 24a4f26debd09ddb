namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Where one name ends and the next begins inside a run of capitalised words.</summary>
public class NameBoundaryTests
{
    [Theory]
    [InlineData("In a radio interview with NPR Laura Kent said the talks had stalled.", "NPR", "Laura Kent")]
    [InlineData("He told BBC Martin Doyle that the bridge would stay shut.", "BBC", "Martin Doyle")]
    public void AGivenNameAfterABroadcastersAcronymStartsAPerson(string sentence, string organisation, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.Contains(person, Extract.PeopleNames(facts));
    }

    [Fact]
    public void AGivenNameWithASurnameParticleAfterAnOrganisationStartsAPerson()
    {
        var facts = Extract.From("The grant was signed by the Velmoria Relief Fund Hamid bin Rashid on Monday.");
        Assert.Contains("Velmoria Relief Fund", Extract.OrganizationNames(facts));
        Assert.Contains("Hamid bin Rashid", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AShortAcronymBeforeAGivenNameStaysInTheName()
    {
        var facts = Extract.From("Shares in JP Morgan Chase rose on Monday.");
        Assert.DoesNotContain("Morgan Chase", Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("She served as Dean of the Lakeside Chamber of Commerce until 2004.", "Lakeside Chamber of Commerce")]
    [InlineData("He was named Chair of the Velmoria Rowing Federation last year.", "Velmoria Rowing Federation")]
    public void ARoleHeadBeforeOfNamesAnOfficeNotABody(string sentence, string organisation)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(organisation, names);
        Assert.DoesNotContain(names, name => name.StartsWith("Dean", System.StringComparison.Ordinal) || name.StartsWith("Chair", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tickets for the tour of US folk band Harrow Lane sold out on Monday.")]
    [InlineData("Residents of the town met UK aid worker Jo Kim on Friday.")]
    [InlineData("Protesters vowed to storm US airbase gates at dawn.")]
    public void ACountryCodeBeforeACommonNounNamesNoPlace(string sentence)
    {
        Assert.Empty(Extract.PlaceNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Officials said the US has sent two ships.", "United States")]
    [InlineData("The deal was welcomed in the UK by Prime Minister Tom Hale.", "United Kingdom")]
    [InlineData("The flight left Dubai, UAE shortly after noon.", "United Arab Emirates")]
    [InlineData("Reports said US sends two ships to the strait.", "United States")]
    public void ACountryCodeUsedAsANounIsAPlace(string sentence, string place)
    {
        Assert.Contains(place, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void InitialsThatSpellWordsStayInAPersonsName()
    {
        var facts = Extract.From("Morgan A. I. Tallis, president of Northwick University, wrote a letter.");
        Assert.Contains("Morgan A. I. Tallis", Extract.PeopleNames(facts));
        Assert.Empty(Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnOfficeWordBeforeAGenerationalSuffixIsTheFamilyName()
    {
        var facts = Extract.From("On Monday, Samuel Otis King Jr. spoke to the crowd at the rally.");
        var person = Extract.Person(facts, "Samuel Otis King Jr.");
        Assert.Null(person.Role);
        Assert.Empty(facts.Organizations);
    }
}
