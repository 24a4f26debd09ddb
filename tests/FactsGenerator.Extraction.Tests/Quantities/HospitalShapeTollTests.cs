using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>
/// People carried to hospital with an adverb before "to" or a count of hospitals after it, and people treated in
/// hospital for an injury, are hurt; people sent somewhere else or treated for no injury are no toll.
/// </summary>
public class HospitalShapeTollTests
{
    [Theory]
    [InlineData("Five dock workers were rushed immediately to the hospital after the crane fell.", 5)]
    [InlineData("Police said about 90 fans were taken to 12 hospitals for treatment.", 90)]
    [InlineData("Some 27 pupils were treated in hospital for smoke inhalation.", 27)]
    [InlineData("Eight guards were treated at a nearby hospital for minor injuries.", 8)]
    public void PeopleCarriedToOrTreatedInHospitalAreHurt(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.Equal(QuantityCategory.Casualties, fact.Category);
    }

    [Theory]
    [InlineData("Thirty patients were treated in hospital for cancer last year.", 30)]
    [InlineData("Six clerks were sent quickly to the archive to fetch the files.", 6)]
    public void PeopleTreatedForNoInjuryOrSentElsewhereAreNoToll(string sentence, int count)
    {
        var fact = QuantityTestText.Extract(sentence).Single(f => f.Value == count);
        Assert.NotEqual(QuantityCategory.Casualties, fact.Category);
    }
}
