using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Places;

public class HeadlineCountryTests
{
    // The document as written: its own headline line, a blank line, then the body.
    private static string[] PlaceNames(string document) =>
        FactExtractor.Extract(document, new ExtractionOptions()).Places.Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Portugal Ferry Sinks Off Coast as Rescue Continues\n\nRescuers searched the waters again on Sunday.", "Portugal")]
    [InlineData("Kenya Floods Leave Thousands Homeless\n\nAid workers reached the worst-hit villages on Monday.", "Kenya")]
    public void ACountryOpeningATitleCaseHeadlineRunIsAPlace(string document, string country)
    {
        Assert.Contains(country, PlaceNames(document));
    }

    [Theory]
    [InlineData("Kenya Airways Cuts Flights to Europe\n\nThe carrier said fuel costs rose sharply.", "Kenya")]
    [InlineData("US Envoy Meets Rebel Leaders\n\nThe talks lasted four hours on Friday.", "United States")]
    [InlineData("Jordan Scores Twice in Cup Win\n\nThe striker was named man of the match.", "Jordan")]
    public void ABodysNameACodeOrAGivenNameOpeningTheRunGivesNoPlace(string document, string country)
    {
        Assert.DoesNotContain(country, PlaceNames(document));
    }
}
