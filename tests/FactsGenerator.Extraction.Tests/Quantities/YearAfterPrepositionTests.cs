using System.Linq;
namespace FactsGenerator.Extraction.Tests.Quantities;

// A year after "of", "in" or "since" dates the noun before it; a passive verb after it belongs to that noun, so the
// year counts nothing. A bare four-digit figure before a passive verb still counts.
public class YearAfterPrepositionTests
{
    [Theory]
    [InlineData("The council wants the gaps in the revised charter of 2019 are closed before the vote.")]
    [InlineData("The grazing rules in 2018 were changed by the assembly.")]
    public void AYearAfterAPrepositionIsNoPassiveSubject(string sentence)
    {
        Assert.DoesNotContain(QuantityTestText.Extract(sentence), f => f.Value is 2018m or 2019m);
    }

    [Fact]
    public void ABareFigureBeforeAPassiveVerbCounts()
    {
        var fact = QuantityTestText.Extract("The storm hit the coast and 2016 were evacuated from the islands.").Single(f => f.Value == 2016m);
        Assert.Equal("people", fact.Unit);
    }
}
