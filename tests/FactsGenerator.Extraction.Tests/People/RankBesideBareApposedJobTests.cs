using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.People;

/// <summary>"Capt. X, spokesperson of the brigade,", "Gen. X, Velmoria's Army Chief of Staff,", "Doctor X, Director of the
/// clinic,": a rank (or "Doctor" written out) is how the person is addressed; the job apposed without an article is the
/// role, as one with an article already was.</summary>
public class RankBesideBareApposedJobTests
{
    [Fact]
    public void ABareApposedJobReplacesTheRank()
    {
        var facts = Extract.From("Capt. Corrin Dale, spokesperson of the northern brigade, said the search would go on.");
        Assert.Equal("spokesperson", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void AnOfficeOwnedByACountryReplacesTheRank()
    {
        var facts = Extract.From("Gen. Corrin Dale, Velmoria's Army Chief of Staff, banned all rallies on Tuesday.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("army chief of staff", person.Role);
        Assert.Equal("Velmoria", person.Affiliation);
    }

    [Fact]
    public void ChiefOfStaffInCapitalsIsOneOffice()
    {
        var facts = Extract.From("Army Chief of Staff Corrin Dale denied the report.");
        var person = Extract.Person(facts, "Corrin Dale");
        Assert.Equal("army chief of staff", person.Role);
        Assert.DoesNotContain("Staff", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void DoctorWrittenOutGivesWayToTheApposedJob()
    {
        var facts = Extract.From("Doctor Corrin Dale, Director of the clinic, said the wards were full.");
        Assert.Equal("director", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void AnAgeIsNoJobAndTheRankStays()
    {
        var facts = Extract.From("Sgt. Corrin Dale, 34, was injured in the blast.");
        Assert.Equal("sergeant", Extract.Person(facts, "Corrin Dale").Role);
    }

    [Fact]
    public void APlainNounOfAPersonLeavesTheRank()
    {
        var facts = Extract.From("Lt. Corrin Dale, a father of three, was injured in the blast.");
        Assert.Equal("lieutenant", Extract.Person(facts, "Corrin Dale").Role);
    }
}
