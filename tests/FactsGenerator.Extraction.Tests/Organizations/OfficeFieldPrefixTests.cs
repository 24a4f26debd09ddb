using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Organizations;

/// <summary>"Harlow County Emergency Management Director X", "Senate Democratic leader X", "Kenyan Energy and Mines Minister
/// X": a place and everyday capitals, a chamber and a party's side, or a first portfolio before an office say which office
/// it is; they name no body.</summary>
public class OfficeFieldPrefixTests
{
    [Theory]
    [InlineData("One worker died, Harlow County Emergency Management Director Dale Pike said on Friday.", "Harlow County Emergency Management")]
    [InlineData("Dorset Water Safety Coordinator Ana Ruiz said on Monday the beaches would stay shut.", "Dorset Water Safety")]
    [InlineData("Senate Democratic leader Harry Reed said the Senate would take up the bill on Friday.", "Senate Democratic")]
    [InlineData("Senate Democratic Leader Harry Reed said the Senate would take up the bill on Friday.", "Senate Democratic")]
    public void EverydayCapitalsBeforeAnOfficeNameNoBody(string text, string field)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(field, Extract.OrganizationNames(facts));
        Assert.Single(facts.People);
    }

    [Fact]
    public void TheChamberBeforeTheSideStaysABody() =>
        Assert.Contains("Senate", Extract.OrganizationNames(Extract.From("Senate Democratic leader Harry Reed said the Senate would take up the bill on Friday.")));

    [Fact]
    public void AChamberAndAPartySideBeforeACapitalisedOfficeNameNoBody() =>
        Assert.Empty(Extract.From("House Republican Whip Jo Kim said the vote would be close.").Organizations);

    [Theory]
    [InlineData("Scripps Oceanography director Margaret Lein said the data were clear.", "Scripps Oceanography")]
    [InlineData("Scripps Oceanography Director Margaret Lein said the data were clear.", "Scripps Oceanography")]
    [InlineData("Philippine Red Cross Chair Richard Gordo said thousands had lost their homes.", "Philippine Red Cross")]
    [InlineData("Harbour Freight Board Chairman Tom Vik said the port would reopen.", "Harbour Freight Board")]
    [InlineData("Velm Dynamics chief executive Jo Kim said the plant would close.", "Velm Dynamics")]
    [InlineData("Extinction Rebellion spokesperson Ana Ruiz said the protest would go on.", "Extinction Rebellion")]
    [InlineData("Planned Parenthood President Jo Kim said the clinics would stay open.", "Planned Parenthood")]
    [InlineData("Metro Transit spokesman Ned Fox said the trains were late.", "Metro Transit")]
    [InlineData("Thames Water Director Al Ray said the pipes would be replaced.", "Thames Water")]
    public void ANameOfItsOwnEverydayWordsAloneOrOneWordAfterThePlaceStayABody(string text, string body) =>
        Assert.Contains(body, Extract.OrganizationNames(Extract.From(text)));

    [Theory]
    [InlineData("He was greeted by Kenyan Natural Resources and Environment Minister Ana Ruiz at the station.", "Kenyan Natural Resources")]
    [InlineData("Kenyan Energy and Mines Minister Jo Kim opened the plant on Monday.", "Kenyan Energy")]
    public void TheFirstPortfolioOfAJoinedOfficeIsNoBody(string text, string portfolio)
    {
        var facts = Extract.From(text);
        Assert.DoesNotContain(portfolio, Extract.OrganizationNames(facts));
        Assert.Empty(facts.Organizations);
    }

    [Fact]
    public void AFirmNamedOverAndWithoutAnOfficeStaysABody() =>
        Assert.Contains("Velm Energy and Mining Company", Extract.OrganizationNames(Extract.From("The Velm Energy and Mining Company said on Monday it would appeal.")));
}
