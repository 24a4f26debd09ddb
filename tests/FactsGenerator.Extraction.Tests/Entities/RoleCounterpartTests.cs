namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A counterpart holds the same office as the person named before it.</summary>
public class RoleCounterpartTests
{
    [Fact]
    public void CounterpartsListedAfterAnOfficeHolderShareTheOffice()
    {
        var facts = Extract.From("On Friday, finance minister Ana Ruiz and her two counterparts, Nikolai Brandt and Pavel Kestrel, met in the capital.");
        Assert.Equal("finance minister", Extract.Person(facts, "Nikolai Brandt").Role);
        Assert.Equal("finance minister", Extract.Person(facts, "Pavel Kestrel").Role);
    }

    [Fact]
    public void ACounterpartOfATitledPersonSharesTheTitle()
    {
        var facts = Extract.From("Prime Minister Tomas Berrick met his Norwegian counterpart Oliver Veldt on Friday.");
        Assert.Equal("prime minister", Extract.Person(facts, "Oliver Veldt").Role);
    }

    [Fact]
    public void ACounterpartOfSomeoneWithoutAnOfficeGetsNone()
    {
        var facts = Extract.From("Mara Lindt met her counterpart, Oliver Veldt, at the border.");
        Assert.Null(Extract.Person(facts, "Oliver Veldt").Role);
    }

    [Fact]
    public void ACounterpartOfAnOfficeWithADemonymBeforeItSharesTheOffice()
    {
        var facts = Extract.From("Talks will be held between Danish Foreign Minister Karl Olsen, his Swiss counterpart Peter Brunner and others.");
        Assert.Equal("foreign minister", Extract.Person(facts, "Peter Brunner").Role);
    }
}
