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
    [InlineData("The ambulance rushed 3 people to hospital for treatment after the blast.", 3)]
    [InlineData("Helicopters airlifted 6 climbers to hospital to be treated for frostbite.", 6)]
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
    [InlineData("The new Kelby hospital has treated 12,000 patients since it opened.", 12000)]
    [InlineData("Nurses at the infirmary treated 200 patients a day during the flu season.", 200)]
    [InlineData("Some 4,000 patients were treated at the clinic last year, the annual report said.", 4000)]
    [InlineData("Doctors at the Orrin clinic treated 40 children with measles last month.", 40)]
    [InlineData("Twelve children were treated in hospital with flu symptoms during the outbreak.", 12)]
    [InlineData("Buses took 60 pupils to the hospital for a tour of the new wing.", 60)]
    [InlineData("Volunteers drove 12 elderly residents to the clinic for their flu vaccinations.", 12)]
    [InlineData("The army flew 30 soldiers to the hospital to guard the wards.", 30)]
    public void CareWithoutAHospitalOrInjuryOrCarersSentThereAreNoToll(string sentence, int count)
    {
        var fact = Assert.Single(QuantityTestText.Extract(sentence), f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
