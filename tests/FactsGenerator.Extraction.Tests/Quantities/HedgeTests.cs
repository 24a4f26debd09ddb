using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>A speaker's guess ("maybe", "perhaps", "kind of") hedges a figure as "about" does.</summary>
public class HedgeTests
{
    [Theory]
    [InlineData("Maybe 25 workers quit the plant.", 25)]
    [InlineData("Perhaps 40 houses burned in the fire.", 40)]
    [InlineData("Probably 30 stalls stayed closed.", 30)]
    [InlineData("The storm destroyed perhaps 60 barns.", 60)]
    [InlineData("The ferry was kind of 50 years old.", 50)]
    [InlineData("About another 250 walkers have signed up.", 250)]
    [InlineData("The canal took about probably a million hours of labour.", 1000000)]
    [InlineData("The flood closed a dozen shops on the quay.", 12)]
    public void AGuessIsAnEstimate(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }

    [Theory]
    [InlineData("The crater is ~40 m deep.", 40)]
    [InlineData("The lake covers ~120 km2 of the plain.", 120)]
    [InlineData("The probe flew \u2248 300 km above the surface.", 300)]
    public void TheSignForApproximatelyIsAnEstimate(string sentence, double value)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }

    [Fact]
    public void AnOpeningAdverbIsNoNameBeforeDigits()
    {
        var fact = QuantityTestText.First("Exactly 25 workers quit the plant.");
        Assert.Equal(25m, fact.Value);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }

    [Fact]
    public void KindAfterADeterminerIsANoun()
    {
        var fact = QuantityTestText.First("The kind of 50 volunteers we need is rare.");
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
    }

    [Fact]
    public void ABoundCarriesAcrossAnother()
    {
        var fact = QuantityTestText.First("More than another 40 shops closed.");
        Assert.Equal(Qualifier.MoreThan, fact.Qualifier);
    }

    [Theory]
    [InlineData("She left a little over two months later.", 2, "months", Qualifier.MoreThan)]
    [InlineData("The talks ran slightly over four hours.", 4, "hours", Qualifier.MoreThan)]
    [InlineData("The hall seats a little under 300 guests.", 300, "people", Qualifier.FewerThan)]
    public void ALittleOverIsABound(string sentence, double value, string unit, Qualifier qualifier)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(unit, fact.Unit);
        Assert.Equal(qualifier, fact.Qualifier);
    }

    [Fact]
    public void ASaySetOffByCommasIsAGuess()
    {
        var fact = QuantityTestText.First("The mill had, say, 400 looms at its peak.");
        Assert.Equal(400m, fact.Value);
        Assert.Equal(Qualifier.About, fact.Qualifier);
    }
}

/// <summary>Transcripts: the editor's bracketed noun, and figures a share cannot be.</summary>
public class TranscriptFigureTests
{
    [Fact]
    public void ABracketedNounSaysWhatASpokenFigureCounts()
    {
        var fact = QuantityTestText.First("We had 350 [volunteers] that summer.");
        Assert.Equal(350m, fact.Value);
        Assert.Equal("people", fact.Unit);
        Assert.Contains("[volunteers]", fact.Evidence.Text);
    }

    [Fact]
    public void ABracketAfterACountingOutIsNoNoun()
    {
        Assert.DoesNotContain(QuantityTestText.Extract("There are one, two, three [counts] of us."), f => f.Unit == "counts");
    }

    [Fact]
    public void AFigureAboveAHundredTakesNoPercentFromTheFigureBefore()
    {
        var facts = QuantityTestText.Extract("Turnout was ten percent. Out of a total of 4800, we counted 480.");
        Assert.DoesNotContain(facts, f => f.Unit == "percent" && f.Value > 100m);
    }
}

public class GuessedRangeTests
{
    [Fact]
    public void ARangeAfterAGuessKeepsItsBounds()
    {
        var fact = QuantityTestText.Single("The tanks burst probably 10 to 15 minutes later.");
        Assert.Equal(10m, fact.Value);
        Assert.Equal(15m, fact.UpperValue);
        Assert.Equal(Model.Qualifier.AtLeast, fact.Qualifier);
    }

    [Theory]
    [InlineData("Three dozen lanterns lit the square.", 36, Qualifier.Exact)]
    [InlineData("More than a dozen riders fell.", 12, Qualifier.MoreThan)]
    public void OnlyABareDozenIsRound(string sentence, double value, Qualifier qualifier)
    {
        var fact = QuantityTestText.First(sentence);
        Assert.Equal((decimal)value, fact.Value);
        Assert.Equal(qualifier, fact.Qualifier);
    }
}
