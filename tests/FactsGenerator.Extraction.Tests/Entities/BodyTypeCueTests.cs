namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Cues that make a name a body or a person rather than a place or a body.</summary>
public class BodyTypeCueTests
{
    [Theory]
    [InlineData("KLP state president Daniel Otieno said the campaign would regroup.", "KLP")]
    [InlineData("PDP state chairman Tunde Bello said the primaries would go ahead.", "PDP")]
    [InlineData("The ANC district secretary Sipho Dlamini resigned on Friday.", "ANC")]
    public void AnAcronymBeforeABranchOfficeIsNoPlace(string sentence, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.PlaceNames(Extract.From(sentence)));
    }

    [Fact]
    public void ANameBeforeAnAdministrativeNounAloneStaysAPlace()
    {
        // No office follows the administrative noun, so the name before it is still read as a place.
        Assert.Contains(Extract.PlaceNames(Extract.From("Floods hit Tarsk district on Monday.")), n => n.StartsWith("Tarsk", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Head of the agency Laura Bennett said it was a milestone.", "Laura Bennett")]
    [InlineData("The director of the company Peter Lund declined to comment, a spokesman said.", "Peter Lund")]
    [InlineData("Chief of the agency Maria Okafor told reporters the launch went well.", "Maria Okafor")]
    public void AnOfficeOfTheBodyBeforeAFullNameGivesAPerson(string sentence, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(person, Extract.PeopleNames(facts));
        Assert.DoesNotContain(person, Extract.OrganizationNames(facts));
    }

    [Fact]
    public void TheBodyNounBeforeABodysNameStillNamesIt()
    {
        Assert.Contains("Velmor Relief", Extract.OrganizationNames(Extract.From("Funds went to the agency Velmor Relief on Monday.")));
    }

    [Theory]
    [InlineData("Cricket Australia confirmed the squad on Monday.", "Cricket Australia")]
    [InlineData("Rugby Australia said the tour would go ahead.", "Rugby Australia")]
    [InlineData("A spokesman for Football Kenya said the league would resume.", "Football Kenya")]
    public void ASportBeforeACountryIsItsGoverningBody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ASportBeforeInAndACountryIsNoBody()
    {
        var facts = Extract.From("Cricket in Australia is booming.");
        Assert.Empty(Extract.OrganizationNames(facts));
        Assert.Contains("Australia", Extract.PlaceNames(facts));
    }
}
