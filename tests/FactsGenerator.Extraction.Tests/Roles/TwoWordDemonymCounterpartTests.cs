using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"Kenyan Foreign Minister X and his South African counterpart Y": a demonym or a country of two words before
/// "counterpart" describes the counterpart, as a one-word demonym does, and the office is that of the person named
/// before; with no office there, the counterpart gets none.</summary>
public class TwoWordDemonymCounterpartTests
{
    [Theory]
    [InlineData("Kenyan Foreign Minister Ana Ruiz and his South African counterpart Tomas Vell met in Lisbon on Friday.")]
    [InlineData("Kenyan Foreign Minister Ana Ruiz and his Sri Lankan counterpart Tomas Vell met in Lisbon on Friday.")]
    [InlineData("Kenyan Foreign Minister Ana Ruiz and her New Zealand counterpart Tomas Vell met in Lisbon on Friday.")]
    public void TheCounterpartHoldsTheSameOffice(string text)
    {
        Assert.Equal("foreign minister", Extract.Person(Extract.From(text), "Tomas Vell").Role);
    }

    [Fact]
    public void WithoutAnOfficeBeforeTheCounterpartGetsNone()
    {
        var facts = Extract.From("Ana Ruiz and her South African counterpart Tomas Vell met in Lisbon on Friday.");
        Assert.Null(Extract.Person(facts, "Tomas Vell").Role);
    }
}
