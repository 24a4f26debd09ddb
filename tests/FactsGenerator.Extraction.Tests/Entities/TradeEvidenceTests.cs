namespace FactsGenerator.Extraction.Tests.Entities;

public class TradeEvidenceTests
{
    [Theory]
    [InlineData("Shoppers said prices at the Dravik chain rose in May.", "Dravik")]
    [InlineData("The group plans to open forty stores under its Pellow brand next year.", "Pellow")]
    public void ANameOwnedAsAChainOrBrandIsACompany(string sentence, string company)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(company, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AChainOfIslandsOrPeaksIsNoCompany()
    {
        var facts = Extract.From("Ferries cross the Velmish Island chain twice a week.");
        Assert.DoesNotContain("Velmish Island", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("On Monday the coal producer Tarvenco cut its forecast.", "Tarvenco")]
    [InlineData("The site was sold to property developer Corrin Estates last year.", "Corrin Estates")]
    [InlineData("The film is now on the streaming service Vimly.", "Vimly")]
    public void ANameAfterATradeAndAnAgentNounIsACompany(string sentence, string company)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(company, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The album was made by record producer Tomas Hallberg in 1979.", "Tomas Hallberg")]
    [InlineData("The level was designed by game developer Ana Kovac over two years.", "Ana Kovac")]
    public void APersonAfterATradePeoplePractiseStaysAPerson(string sentence, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(person, Extract.PeopleNames(facts));
        Assert.DoesNotContain(person, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The crash closed the road for hours, according to KDXT-TV.", "KDXT-TV")]
    [InlineData("WQRZ-FM aired the mayor's speech in full.", "WQRZ-FM")]
    public void AStationCallSignIsABroadcaster(string sentence, string station)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(station, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("KDXT-TV")]
    [InlineData("WQRS-FM")]
    [InlineData("CBLT-DT")]
    public void CallSignsAreRecognised(string text) => Assert.True(FactsGenerator.Extraction.Entities.NameForms.IsCallSign(text));

    [Theory]
    [InlineData("COVID-19")]
    [InlineData("ABC-TV")]
    [InlineData("KDXT")]
    [InlineData("Kdxt-TV")]
    public void OtherHyphenatedCapitalsAreNoCallSigns(string text) => Assert.False(FactsGenerator.Extraction.Entities.NameForms.IsCallSign(text));

    [Theory]
    [InlineData("Vostrava Limited lost the appeal on Friday.", "Vostrava Limited")]
    [InlineData("He left Harrow Incorporated in 1998.", "Harrow Incorporated")]
    public void LimitedAndIncorporatedEndACompanyName(string sentence, string company)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(company, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ABandBeforeAMembersPlaceAndNameIsABody()
    {
        var facts = Extract.From("The guests included Quillon Drift drummer Tomas Berg and two poets.");
        Assert.Contains("Quillon Drift", Extract.OrganizationNames(facts));
        Assert.Contains("Tomas Berg", Extract.PeopleNames(facts));
    }

    [Fact]
    public void APlaceBeforeAMusicianStaysAPlace()
    {
        var facts = Extract.From("The song was recorded by Texas guitarist Tomas Berg in 1971.");
        Assert.DoesNotContain("Texas", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("Prices at the online supermarket Harwell rose by a tenth.", "Harwell")]
    [InlineData("Shoppers moved to cheaper stores like Dravik and Pellow.", "Dravik")]
    public void ASupermarketOrStoreNamedAsOneIsACompany(string sentence, string company)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(company, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void EveryStoreOfAListAfterLikeIsACompany()
    {
        var names = Extract.OrganizationNames(Extract.From("Shoppers moved to cheaper stores like Dravik and Pellow."));
        Assert.Contains("Dravik", names);
        Assert.Contains("Pellow", names);
    }
}
