namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Bodies named with no word of their own saying what they are, known by the words around them.</summary>
public class BareFirmNameTests
{
    [Theory]
    [InlineData("In her remarks, Ms Hidalgo said: \"We are ready.\" Ten people were saved, according to Ms Hidalgo.", "Hidalgo")]
    [InlineData("The road reopened on Monday, according to Mr Kent.", "Kent")]
    [InlineData("Mrs Devon told the council that the school would stay open.", "Devon")]
    public void HonorificBeforeARegionsNameIsAPerson(string text, string surname)
    {
        var facts = Extract.From(text);
        Assert.Contains(surname, Extract.PeopleNames(facts));
        Assert.DoesNotContain("Ms " + surname, Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Mr " + surname, Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Mrs " + surname, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Sales fell at Quenby's department stores in the spring.", "Quenby")]
    [InlineData("Shoppers queued outside the Marlowe department store on Friday.", "Marlowe")]
    [InlineData("Orvell's department store in the capital closed early.", "Orvell")]
    public void OwnerOfADepartmentStoreIsARetailer(string text, string firm)
    {
        var facts = Extract.From(text);
        Assert.Contains(firm, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(firm + "'s department", Extract.OrganizationNames(facts));
        Assert.DoesNotContain(firm + " department", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void DepartmentOfAPlaceIsStillABody()
    {
        var facts = Extract.From("Velmoria's health department said the clinic would reopen.");
        Assert.Contains("Velmoria's health department", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Local news outlet the Beacon reported the arrest. The suspect was held overnight, according to the Beacon.", "Beacon")]
    [InlineData("The newspaper the Harlow Courier said the plant would close.", "Harlow Courier")]
    [InlineData("The broadcaster the Velm Network aired the debate live.", "Velm Network")]
    public void NameAfterAKindOfBodyAndTheIsABody(string text, string body) =>
        Assert.Contains(body, Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void PersonAfterTheKindOfBodyIsNoBody()
    {
        var facts = Extract.From("She joined the company the year Tomas Ruiz founded it.");
        Assert.DoesNotContain("Tomas Ruiz", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The platinum companies affected are Quarnfield, Tessmore and the Deep Reef mine.", new[] { "Quarnfield", "Tessmore" })]
    [InlineData("The lenders involved were Brantwick and Olvane.", new[] { "Brantwick", "Olvane" })]
    [InlineData("Analysts said the two banks were Kestrow and Marnell.", new[] { "Kestrow", "Marnell" })]
    public void NamesAfterAPluralKindAndAreAreBodies(string text, string[] bodies)
    {
        var names = Extract.OrganizationNames(Extract.From(text));
        foreach (var body in bodies)
        {
            Assert.Contains(body, names);
        }
    }

    [Fact]
    public void PeopleAfterTheFirmsOwnersAreNoBodies()
    {
        var names = Extract.OrganizationNames(Extract.From("The firms' owners are Tomas Ruiz and Ana Kim."));
        Assert.DoesNotContain("Tomas Ruiz", names);
        Assert.DoesNotContain("Ana Kim", names);
    }

    [Theory]
    [InlineData("Flutterwave raised $250 million on Monday. Investors said Flutterwave would expand.", "Flutterwave")]
    [InlineData("Quenby acquired a rival for $3 billion. Analysts expect Quenby to grow.", "Quenby")]
    [InlineData("Tarrock quietly laid off 200 workers. A union said Tarrock had broken its word.", "Tarrock")]
    public void UnlistedNameActingAsAFirmIsAFirm(string text, string firm) =>
        Assert.Contains(firm, Extract.OrganizationNames(Extract.From(text)));

    [Theory]
    [InlineData("Neighbors raised concerns about the noise. Later, Neighbors met the mayor.")]
    [InlineData("Meanwhile raised no questions at all.")]
    public void PluralsAndWordsActingAreNoFirms(string text) =>
        Assert.Empty(Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void SurnameActingAloneIsNoFirm()
    {
        var facts = Extract.From("Tomas Harrison founded the studio. Harrison raised money from friends, and investors backed Harrison again.");
        Assert.DoesNotContain("Harrison", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The Acting Inspector-General of Prisons (IGP), Musa Danladi, confirmed the arrests. The IGP said more would follow.", "IGP")]
    [InlineData("The Chief of Army Staff (COAS), Tomas Okoro, visited the troops. The COAS said morale was high.", "COAS")]
    [InlineData("The Director General (DG), Ana Kim, resigned on Monday. The DG had served two years.", "DG")]
    public void AcronymOfAnOfficeIsNoBody(string text, string acronym) =>
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(text)));

    [Fact]
    public void AcronymOfAnOfficesBodyIsABody()
    {
        var facts = Extract.From("The Attorney General's Office (AGO) filed charges on Monday. The AGO declined to comment.");
        Assert.Contains("Attorney General's Office", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The K-P Health Department Adviser said beds were short.", "K-P Health Department")]
    [InlineData("The Bosnia-Herzegovina Trade Council Chairman said exports rose.", "Bosnia-Herzegovina Trade Council")]
    public void HyphenatedBodyBeforeAnOfficeIsTheBody(string text, string body)
    {
        var names = Extract.OrganizationNames(Extract.From(text));
        Assert.Contains(body, names);
        Assert.DoesNotContain(body + " Adviser", names);
        Assert.DoesNotContain(body + " Chairman", names);
    }
}
