using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// A county, parish or borough named before a lower-case office or person noun ("the Orrin County sheriff", "a Velm
// Parish deputy") is the place where the office is held, not a body; a body named whole ("the Orrin County sheriff's
// office", "Orrin County Council") stays a body, and a firm before an office is still the firm.
public class CountyBeforeLowerOfficeTests
{
    [Theory]
    [InlineData("The Orrin County sheriff said the bridge would stay shut until Monday.", "Orrin County")]
    [InlineData("A Tarskel County deputy was wounded during the chase on Friday.", "Tarskel County")]
    [InlineData("The Velmar County sheriff's deputy was struck by a truck on the interstate.", "Velmar County")]
    [InlineData("A Quillon Parish deputy fired two shots at the car.", "Quillon Parish")]
    public void AnAreaBeforeALowerCaseOfficeIsAPlace(string sentence, string area)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(area, Extract.PlaceNames(facts));
        Assert.DoesNotContain(area, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnAreaBeforeALowerCaseOfficeAndANameIsThePlaceOfTheHolder()
    {
        var facts = Extract.From("Orrin County sheriff Ana Ruiz said the bridge would stay shut.");
        Assert.Contains("Orrin County", Extract.PlaceNames(facts));
        Assert.DoesNotContain("Orrin County", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheSheriffsOfficeOfACountyStaysABody()
    {
        var facts = Extract.From("The Orrin County sheriff's office said the bridge would stay shut.");
        Assert.Contains("Orrin County sheriff's office", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACountyCommissionStaysABody()
    {
        var facts = Extract.From("The Orrin County Commission voted to close the bridge on Friday.");
        Assert.Contains("Orrin County Commission", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AFirmBeforeALowerCaseOfficeIsStillABody()
    {
        var facts = Extract.From("A Kestrel Holdings spokesperson said the plant would reopen.");
        Assert.Contains("Kestrel Holdings", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Kestrel Holdings", Extract.PlaceNames(facts));
    }
}
