namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>A person's name after "the" that qualifies the lower-case noun after it ("the Ana Okafor film").</summary>
public class NameBeforeItsNounTests
{
    [Theory]
    [InlineData("She later starred in the Harold Quennell film Open Water.", "Harold Quennell")]
    [InlineData("He left the party over the policies of the George B. Varnado administration.", "George B. Varnado")]
    public void ANameThatQualifiesTheNounAfterItIsAPerson(string sentence, string person)
    {
        Assert.Contains(person, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void APlaceNamedWithAGivenNameAfterTheIsNoPerson()
    {
        var names = Extract.PeopleNames(Extract.From("Crews searched the Gay Village area on Sunday."));
        Assert.DoesNotContain("Gay Village", names);
    }
}
