namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Offices said with a copula, capitalised offices in appositions, common nouns opening a sentence before an
/// office, "former" before plural titles, and a current office preferred over a former title.
/// </summary>
public class RoleOfficePhraseTests
{
    private static FactsGenerator.Extraction.Model.PersonFact PersonOf(string text, string name) => Extract.Person(Extract.From(text), name);

    [Theory]
    [InlineData("Dana Pike was the deputy commander of the Coastal Brigade.", "Dana Pike", "deputy commander")]
    [InlineData("Rena Vost is the chief executive of Harbour Freight.", "Rena Vost", "chief executive")]
    [InlineData("Maria Brandt is a retired nurse from the valley.", "Maria Brandt", "retired nurse")]
    public void ACopulaBeforeAnOfficeGivesTheRole(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Fact]
    public void ACopulaBeforeNoOfficeGivesNoRole()
    {
        Assert.Null(PersonOf("Ivo Brandt said on Monday that Ivo Brandt was the first to arrive.", "Ivo Brandt").Role);
    }

    [Fact]
    public void ACapitalisedOfficeInAnAppositionIsTheRoleAndItsBodyTheAffiliation()
    {
        var person = PersonOf("Omar Hale, the Supreme Leader of Velmoria, said the talks would resume.", "Omar Hale");
        Assert.Equal("supreme leader", person.Role);
        Assert.Equal("Velmoria", person.Affiliation);
    }

    [Theory]
    [InlineData("County sheriff Rob Ankers said the road was closed.", "Rob Ankers", "county sheriff")]
    [InlineData("Team leader Lina Moss said the team would return.", "Lina Moss", "team leader")]
    [InlineData("Comic artist Jenn Balto said she was pleased.", "Jenn Balto", "comic artist")]
    public void ACommonWordOpeningTheSentenceQualifiesTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role);
    }

    [Fact]
    public void FormerBeforeAPluralTitleHoldsForEveryName()
    {
        var facts = Extract.From("The panel included former Presidents Alan Firth and Bora Tenn.");
        Assert.Equal("former president", Assert.Single(facts.People, p => p.Name == "Alan Firth").Role);
        Assert.Equal("former president", Assert.Single(facts.People, p => p.Name == "Bora Tenn").Role);
    }

    [Fact]
    public void ACurrentOfficeInTheAppositionBeatsAFormerTitle()
    {
        var person = PersonOf("Ex-Prime Minister Tomas Verlo, the current President of the Northern Council, said the port would reopen.", "Tomas Verlo");
        Assert.Equal("president", person.Role);
        Assert.Equal("Northern Council", person.Affiliation);
    }

    [Theory]
    [InlineData("The post went to Marta Velasco, the Secretary of Justice for Velmoria, on Monday.", "Marta Velasco", "secretary of justice")]
    [InlineData("Tomas Berrick, the minister for Coastal Affairs and a veteran of the party, died yesterday.", "Tomas Berrick", "minister for coastal affairs")]
    [InlineData("Ivo Brandt, the Minister of Health, visited the hospital.", "Ivo Brandt", "minister of health")]
    public void APortfolioAfterAnOfficeInAnAppositionIsPartOfTheRole(string text, string name, string role)
    {
        Assert.Equal(role, PersonOf(text, name).Role, ignoreCase: true);
    }

    [Fact]
    public void ANameAfterANonOfficeIsNoPortfolio()
    {
        Assert.Equal("running mate", PersonOf("Dorian Webb, the running mate of Quell, spoke first.", "Dorian Webb").Role);
    }
}
