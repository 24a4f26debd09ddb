namespace FactsGenerator.Extraction.Tests.Entities;

public class StateAbbreviationTests
{
    [Theory]
    [InlineData("The crash happened near Harlow, Calif., on Monday night.", "California", "Calif.")]
    [InlineData("She was raised in Brennholt, N.Y., and studied law.", "New York", "N.Y.")]
    [InlineData("The plant in Orrinvale, Tenn., will close next year.", "Tennessee", "Tenn.")]
    [InlineData("The family later settled in Orrinvale, N.Y.", "New York", "N.Y.")]
    [InlineData("Her sister lives in Orrinvale, Miss., near the river.", "Mississippi", "Miss.")]
    [InlineData("The family later settled in Orrinvale, Calif.", "California", "Calif.")]
    public void AbbreviatedStateAfterATownIsTheState(string sentence, string state, string abbreviation)
    {
        var facts = Extract.From(sentence);
        var place = Assert.Single(facts.Places, p => p.Name == state);
        Assert.Contains(abbreviation, place.Aliases);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }

    [Fact]
    public void AbbreviationWithoutATownBeforeItIsNoState()
    {
        var facts = Extract.From("Miss. Ana Ruiz said the school would reopen.");
        Assert.DoesNotContain("Mississippi", Extract.PlaceNames(facts));
    }

    [Fact]
    public void DatelineWithAnAbbreviatedStateAndAgency()
    {
        var facts = Extract.From("BRENNHOLT, Calif. (AP) - A man was arrested on Monday.");
        var names = Extract.PlaceNames(facts);
        Assert.Contains("Brennholt", names);
        Assert.Contains("California", names);
        Assert.DoesNotContain(facts.Organizations, o => o.Name is not ("AP" or "AFP" or "Reuters"));
    }
}
