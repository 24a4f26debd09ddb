namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Evidence that a run of capitals without a known first name is a person's name.</summary>
public class PeopleEvidenceTests
{
    [Fact]
    public void ANameOpeningAListOfPeopleIsAPerson()
    {
        var facts = Extract.From("Ozrin Velk, Tammra Quell, Kevin Hale, and Bob Marr all sent flowers.");
        Assert.Contains("Ozrin Velk", Extract.PeopleNames(facts));
        Assert.Contains("Tammra Quell", Extract.PeopleNames(facts));
    }

    [Fact]
    public void OneFirstNameLaterInAListDoesNotMakePeopleOfTheOthers()
    {
        var facts = Extract.From("The fund was backed by Ozrin Velk, Morgan Hale and the city.");
        Assert.DoesNotContain("Ozrin Velk", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnAgeGivenWithAgedMarksAPerson()
    {
        var facts = Extract.From("A local man, Keltor Ansby, aged 31, appeared in court on Monday.");
        Assert.Contains("Keltor Ansby", Extract.PeopleNames(facts));
    }

    [Theory]
    [InlineData("Wayne A. Renholt, the head of the college, wrote to the staff.", "Wayne A. Renholt")]
    [InlineData("Wayne B. I. Renholt, the head of the college, wrote to the staff.", "Wayne B. I. Renholt")]
    public void AMiddleInitialThatIsAlsoAWordStaysInTheName(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AProfessorOfABodyIsAProfessorThere()
    {
        var person = Extract.Person(Extract.From("Professor Tammra Quell of Lakeside Law School said the ruling was narrow."), "Tammra Quell");
        Assert.Equal("professor", person.Role);
        Assert.Equal("Lakeside Law School", person.Affiliation);
    }

    [Fact]
    public void ADoctorOfABodyGetsNoRoleFromTheTitle()
    {
        var person = Extract.Person(Extract.From("Dr. Tammra Quell of Lakeside College said the ruling was narrow."), "Tammra Quell");
        Assert.Null(person.Role);
    }

    [Theory]
    [InlineData("He owns the King Harbour shop on the pier.")]
    [InlineData("She denied pressure from any Executive Branch official.")]
    public void ATitleAndOneWordBetweenAnArticleAndANounAreNoPerson(string sentence)
    {
        Assert.Empty(Extract.From(sentence).People);
    }

    [Fact]
    public void ATitledNameAfterAnArticleCanStillSpeak()
    {
        Assert.Contains("Velk", Extract.PeopleNames(Extract.From("The board met on Monday, and the Mayor Velk said the budget was final.")));
    }

    [Theory]
    [InlineData("The reform was passed under Ozrin Velk's presidency in the spring.", "Ozrin Velk")]
    [InlineData("In the old days Tammra Quell's husband ran the ferry to the island.", "Tammra Quell")]
    [InlineData("Back then Dorvan Pask's running mate was a teacher from the coast.", "Dorvan Pask")]
    public void AnOwnerOfAPersonalRelationIsAPerson(string sentence, string name)
    {
        Assert.Contains(name, Extract.PeopleNames(Extract.From(sentence)));
    }

    [Fact]
    public void AnOwnerOfASisterCompanyIsNotAPerson()
    {
        Assert.DoesNotContain("Velk Marine", Extract.PeopleNames(Extract.From("The vessels were sold to Velk Marine's sister company last year.")));
    }
}
