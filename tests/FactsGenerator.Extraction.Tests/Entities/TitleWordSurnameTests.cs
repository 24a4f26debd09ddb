namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A family name that is also an office word ("Mayor", "Judge") after a given name.</summary>
public class TitleWordSurnameTests
{
    [Theory]
    [InlineData("The award went to Pavel Orlik and Lena Mayor on Tuesday. Orlik and Mayor teach physics.", "Lena Mayor")]
    [InlineData("The song was written by Tomas Judge in 1970.", "Tomas Judge")]
    public void AnOfficeWordAfterALoneGivenNameIsTheFamilyName(string sentence, string person)
    {
        Assert.Contains(person, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOfficeWordBeforeAnotherNameStaysATitle()
    {
        var names = Extract.PeopleNames(Extract.From("The plan was backed by Velmark Mayor Ana Ruiz on Tuesday."));
        Assert.Contains("Ana Ruiz", names);
        Assert.DoesNotContain(names, name => name.Contains("Mayor", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AnOfficeOfAPlaceThatIsAlsoAGivenNameIsNoPerson()
    {
        var names = Extract.PeopleNames(Extract.From("The plan was criticised by the former Victoria Premier on Tuesday."));
        Assert.DoesNotContain("Victoria Premier", names);
    }
}
