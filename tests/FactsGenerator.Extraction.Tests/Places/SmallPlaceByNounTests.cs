using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Places;

// Small places the gazetteer lacks, placed by the noun that introduces them: a settlement noun before "of" ("the
// community of X", "his hometown of X", "the resorts of A, B and C") or a building or camp that stands "at" a one-word
// name ("the police hospital at X", "a restaurant at X"). A person's name, a firm after "works at" and a known body are
// left alone.
public class SmallPlaceByNounTests
{
    [Theory]
    [InlineData("The mudslide buried the community of Velmorra on Saturday.", "Velmorra")]
    [InlineData("The Cree community of Tarskibou was also being evacuated on Tuesday.", "Tarskibou")]
    [InlineData("The mayor of his hometown of Orravecchio issued a statement.", "Orravecchio")]
    [InlineData("Rescuers reached the hamlet of Quelvanne before dawn.", "Quelvanne")]
    public void AnUnknownNameAfterASettlementNounIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.PeopleNames(facts));
        Assert.DoesNotContain(place, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APluralSettlementNounPlacesEveryNameOfItsList()
    {
        var facts = Extract.From("The tourists had stayed at the lake resorts of St Velmgang, Orrakirchen and Tarskland before the trip.");
        var places = Extract.PlaceNames(facts);
        Assert.Contains("St Velmgang", places);
        Assert.Contains("Orrakirchen", places);
        Assert.Contains("Tarskland", places);
    }

    [Theory]
    [InlineData("The injured were treated at the police hospital at Velomo, the governor said.", "Velomo")]
    [InlineData("A popular restaurant at Orrampet had stopped serving lunch.", "Orrampet")]
    [InlineData("Relatives were asked to visit the Velm Fever Hospital (VFH) at Tarbaya to identify them.", "Tarbaya")]
    public void AnUnknownWordWhereABuildingStandsIsAPlace(string sentence, string place)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(place, Extract.PlaceNames(facts));
        Assert.DoesNotContain(place, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APersonsHometownNamesNoPlace()
    {
        var facts = Extract.From("Crowds gathered in the hometown of Maria Velloni on Sunday.");
        Assert.DoesNotContain("Maria Velloni", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AWorkplaceAfterAtWithNoBuildingNounIsNoPlace()
    {
        var facts = Extract.From("She works at Velmaco and studies at night.");
        Assert.DoesNotContain("Velmaco", Extract.PlaceNames(facts));
    }

    [Fact]
    public void AnAcronymAfterAHospitalIsNoPlace()
    {
        var facts = Extract.From("He was a surgeon at the hospital at VGMC for a decade.");
        Assert.DoesNotContain("VGMC", Extract.PlaceNames(facts));
    }
}
