namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>People whose given names come from outside the English-speaking world, with no other clue beside them.</summary>
public class BroadNameListTests
{
    [Fact]
    public void AGivenNameFromAnotherCountryMakesAPerson()
    {
        var facts = Extract.From("The report was drafted by Miodrag Velkaric and Katariina Osterholm over the winter.");
        Assert.Contains("Miodrag Velkaric", Extract.PeopleNames(facts));
        Assert.Contains("Katariina Osterholm", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AKnownFamilyNameMakesAPersonWhoseGivenNameNoListKnows()
    {
        var facts = Extract.From("The plan was drawn up by Tammra Kowalczyk and approved in May.");
        Assert.Contains("Tammra Kowalczyk", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AKnownFamilyNameAloneLaterIsThatPerson()
    {
        var facts = Extract.From("The plan was drawn up by Tammra Kowalczyk. Kowalczyk said it would cost little.");
        var person = Extract.Person(facts, "Tammra Kowalczyk");
        Assert.Contains("Kowalczyk", person.Aliases);
    }

    [Theory]
    [InlineData("Goods left the Port Elizabeth terminal at dawn.")]
    [InlineData("The Nakamura Prize went to a chemist.")]
    public void AFamilyNameInAPlaceOrAThingNamedAfterAPersonIsNoPerson(string sentence)
    {
        Assert.Empty(Extract.From(sentence).People);
    }

    [Fact]
    public void AKnownFamilyNameThatSpeaksAloneIsAPerson()
    {
        var facts = Extract.From("A nurse who gave only her surname, Kowalczyk, said the ward was full. Kowalczyk said more staff were needed.");
        Assert.Contains("Kowalczyk", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Kowalczyk", Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The council heard from Ozrin Nawaz before the vote.", "Ozrin Nawaz")]
    [InlineData("The court heard from Ozrin Tomasz Velk on Monday.", "Ozrin Tomasz Velk")]
    public void AGivenNameAfterTheFirstWordMakesAPerson(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AGivenNameAfterAnOrdinaryWordMakesNoPerson()
    {
        Assert.Empty(Extract.From("The Morning Tomasz show was cancelled.").People);
    }

    [Fact]
    public void APersonNamedOnlyWithOrdinaryWordsAndNoRoleIsDropped()
    {
        Assert.Empty(Extract.From("The party backed the ruling Democratic Rally in the north.").People);
    }

    [Fact]
    public void ARoleKeepsAPersonWhoseSurnameIsAnOrdinaryWord()
    {
        var facts = Extract.From("Governor Rally said the roads would reopen.");
        Assert.Contains("Rally", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AKnownFamilyNameAfterAnOrdinaryWordMakesNoPerson()
    {
        Assert.DoesNotContain("Mount Kowalczyk", Extract.PeopleNames(Extract.From("The hikers were found near Mount Kowalczyk at dawn.")));
    }
}
