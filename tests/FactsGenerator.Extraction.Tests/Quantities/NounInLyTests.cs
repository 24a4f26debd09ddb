using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Quantities;

public class NounInLyTests
{
    [Theory]
    [InlineData("Results were announced for 317 national assembly seats.", "seats")]
    [InlineData("The party won 42 state assembly seats in the north.", "seats")]
    [InlineData("Two national family groups met on Monday.", "groups")]
    public void ReadsPastANounEndingInLy(string sentence, string unit)
    {
        Assert.Equal(unit, QuantityTestText.Single(sentence).Unit);
    }

    [Fact]
    public void StillEndsThePhraseAtAnAdverb()
    {
        Assert.Equal("people", QuantityTestText.Single("Five newly elected senators spoke.").Unit);
    }
}
