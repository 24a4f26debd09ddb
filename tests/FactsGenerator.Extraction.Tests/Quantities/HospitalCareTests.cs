using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// People an incident sends through a hospital (treated there, discharged from it, carried to it) are its hurt; care
/// with no hospital or injury in sight, and carers sent to a hospital, are no toll.
/// </summary>
public class HospitalCareTests
{
    [Theory]
    [InlineData("A doctor said 14 hikers were being treated at his hospital in Orrin.", 14)]
    [InlineData("Nine riders were treated in local hospitals after the tram left the rails.", 9)]
    [InlineData("A spokesman said six passengers had been discharged from hospital overnight.", 6)]
    [InlineData("Three patients have been discharged from Velm Royal Infirmary, the health board said.", 3)]
    [InlineData("Paramedics rushed 11 people to local hospitals after the stand collapsed.", 11)]
    [InlineData("Ambulances transported 23 pupils to the hospital in Kelby.", 23)]
    [InlineData("Harlow Hospital spokesman Jo Kim said they had treated five students after the crash.", 5)]
    [InlineData("Medics at the scene treated 30 fans with cuts and bruises and other injuries.", 30)]
    public void PeopleCaredForInHospitalAreHurt(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
        Assert.Equal("people", fact.Unit);
    }

    [Fact]
    public void APartOfThePeopleTreatedInHospitalIsHurtToo()
    {
        var facts = QuantityTestText.Extract("A surgeon said 12 tourists were being treated at the hospital, including three children.");
        Assert.Equal(QuantityCategory.Casualties, Assert.Single(facts, f => f.Value == 12m).Category);
        Assert.Equal(QuantityCategory.Casualties, Assert.Single(facts, f => f.Value == 3m).Category);
    }

    [Theory]
    [InlineData("The army flew 20 doctors to the hospital in Orrin.", 20)]
    [InlineData("The bank treated 40 customers fairly, the regulator found.", 40)]
    [InlineData("The clinic treated 300 patients for malaria last year.", 300)]
    [InlineData("Three suspects were discharged after questioning by the police.", 3)]
    [InlineData("The company transported 500 workers to the new plant.", 500)]
    public void CareWithoutAHospitalOrInjuryOrCarersSentThereAreNoToll(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
