using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// A bare figure told in a patient's state is a count of the hurt: the part of a toll set off by "with" or "including"
/// in critical, serious or grave condition ("90 were hospitalized, with 12 in critical condition"), and people who
/// remain or are still in hospital ("three remain in hospital").
/// </summary>
public class PatientStateTests
{
    [Fact]
    public void APartInCriticalConditionAfterWithIsHurt()
    {
        var facts = QuantityTestText.Extract("Officials said 90 people were hospitalized, with 12 in critical condition.");
        var part = Assert.Single(facts, f => f.Value == 12m);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
        Assert.Equal("people", part.Unit);
        Assert.Equal("12 in critical condition", part.Evidence.Text);
    }

    [Fact]
    public void APartInSeriousConditionAfterIncludingIsHurt()
    {
        var facts = QuantityTestText.Extract("The number of injured climbed to 61, including nine in serious condition.");
        var part = Assert.Single(facts, f => f.Value == 9m);
        Assert.Equal(QuantityCategory.Casualties, part.Category);
    }

    [Fact]
    public void PeopleWhoRemainInHospitalAreHurt()
    {
        var facts = QuantityTestText.Extract("Five passengers went home on Monday, while three remain in hospital.");
        var kept = Assert.Single(facts, f => f.Value == 3m);
        Assert.Equal(QuantityCategory.Casualties, kept.Category);
        Assert.Equal("three remain in hospital", kept.Evidence.Text);
    }

    [Fact]
    public void APoorConditionOfThingsIsNoToll()
    {
        var facts = QuantityTestText.Extract("The county owns 40 bridges, with 11 in poor condition.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void ACriticalConditionOfThingsIsNoToll()
    {
        // Critical, but of bridges: nothing before the part tells of a toll or a hospital.
        var facts = QuantityTestText.Extract("Inspectors checked 40 bridges, with 11 in critical condition, the ministry said.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Casualties);
        Assert.Contains(facts, f => f.Value == 11m && f.Unit == "bridges");
    }

    [Fact]
    public void ASeriousConditionOfThingsAfterIncludingIsNoToll()
    {
        var facts = QuantityTestText.Extract("The storm damaged 30 barns, including 4 in serious condition.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void APartInCriticalConditionOfAFigureOfPeopleIsHurt()
    {
        // No toll word before the part, but the whole it is a part of counts people.
        var facts = QuantityTestText.Extract("Divers pulled 20 people from the Velm river, with 6 in critical condition.");
        Assert.Contains(facts, f => f.Value == 6m && f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void StaffWhoRemainInHospitalAreNoToll()
    {
        var facts = QuantityTestText.Extract("During the strike, 40 nurses remain in hospital to cover the night shifts, and 12 doctors were still in hospital at midnight.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Casualties);
    }

    [Fact]
    public void AVisitToAHospitalIsNoToll()
    {
        var facts = QuantityTestText.Extract("The board said 30 nurses work in the hospital.");
        Assert.DoesNotContain(facts, f => f.Category == QuantityCategory.Casualties);
    }
}
