namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>
/// Roles keep their qualifiers ("retired", "opposition", "lead", "formerly"), occupations are roles, plural
/// titles give each listed name the office, and honorifics say the occupation when nothing else does.
/// </summary>
public class RoleQualifierTests
{
    private static string? RoleOf(string text, string name) => Assert.Single(Extract.From(text).People, p => p.Name == name).Role;

    [Theory]
    [InlineData("Opposition leader Jana Novak called for new elections.", "Jana Novak", "opposition leader")]
    [InlineData("Lead guitarist Kurt Blom left the band in May.", "Kurt Blom", "lead guitarist")]
    [InlineData("Former model Mia Falk opened a shop in the old town.", "Mia Falk", "former model")]
    [InlineData("Retired agent Nils Dahl testified on Friday.", "Nils Dahl", "retired agent")]
    public void ASentenceInitialQualifierBelongsToTheRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void ACapitalisedFirstWordBeforeAQualifierIsOneMore()
    {
        var facts = Extract.From("Special effects costumer Ian Crane showed his latest armour.");
        Assert.Equal("special effects costumer", Assert.Single(facts.People, p => p.Name == "Ian Crane").Role);
        Assert.DoesNotContain(facts.Organizations, o => o.Name == "Special");
    }

    [Theory]
    [InlineData("Oscar Wren, a retired police officer, spoke at the meeting.", "Oscar Wren", "retired police officer")]
    [InlineData("The board heard accredited reporter Ruth Malley on Monday.", "Ruth Malley", "accredited reporter")]
    public void AParticipleQualifyingTheOfficeIsKept(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void CoordinatedOccupationsOpeningTheSentenceAreOneRole()
    {
        Assert.Equal("actor and producer", RoleOf("Actor and producer Liam Cole bought the house.", "Liam Cole"));
    }

    [Fact]
    public void ModifiersJoinedByAndQualifyOneOffice()
    {
        Assert.Equal("railroad and shipping tycoon", RoleOf("She was a descendant of the railroad and shipping tycoon Elias Brandvold.", "Elias Brandvold"));
    }

    [Theory]
    [InlineData("The orchestra was led by conductor Leon Stavros for a decade.", "Leon Stavros", "conductor")]
    [InlineData("The museum hired fashion designer Tim Gallo last year.", "Tim Gallo", "fashion designer")]
    public void AnOccupationBeforeTheNameIsTheRole(string text, string name, string role)
    {
        Assert.Equal(role, RoleOf(text, name));
    }

    [Fact]
    public void AnAgeBeforeTheAppositionIsSkipped()
    {
        Assert.Equal("nurse", RoleOf("Police said Pia Lind, 34, a nurse, was injured in the crash.", "Pia Lind"));
    }

    [Fact]
    public void FormerlyMakesTheOfficeAFormerOne()
    {
        Assert.Equal("former director", RoleOf("According to Gus Hallman, formerly the director of the national weather office, the storm was unusual.", "Gus Hallman"));
    }

    [Fact]
    public void AHyphenatedTitleAfterTheNameIsOneOffice()
    {
        Assert.Equal("director-general", RoleOf("\"We are worried,\" said Sven Tors, the Director-General of the agency.", "Sven Tors"));
    }

    [Fact]
    public void AnOfficeJoinedByAndBeforeTheTitleIsPartOfTheRole()
    {
        Assert.Equal("president and ceo", RoleOf("The company's president and CEO Rolf Sand resigned on Monday.", "Rolf Sand"));
    }

    [Fact]
    public void TheChamberAfterSpeakerIsPartOfTheOffice()
    {
        Assert.Equal("speaker of the house", RoleOf("The magazine also considered Speaker of the House Tina Vale for the title.", "Tina Vale"));
    }

    [Fact]
    public void APluralTitleGivesEveryListedNameTheOffice()
    {
        var facts = Extract.From("Democratic Representatives Ann Holt, Bea Lund and Carl Moss voted against the plan.");
        foreach (var name in new[] { "Ann Holt", "Bea Lund", "Carl Moss" })
        {
            Assert.Equal("representative", Assert.Single(facts.People, p => p.Name == name).Role);
        }
    }

    [Fact]
    public void APluralTitleInsideABodysNameIsNoOffice()
    {
        Assert.Equal("member", RoleOf("The letter was signed by members of the House of Representatives Dora Lang and Mike Bolt.", "Mike Bolt"));
    }

    [Fact]
    public void LowerCaseModifiersOfAPluralGoWithEachOffice()
    {
        Assert.Equal("foreign minister", RoleOf("The meeting brought together foreign ministers Anna Berg and Finn Larsen on Monday.", "Finn Larsen"));
    }

    [Fact]
    public void AnHonorificTellsTheOccupationWhenNothingElseDoes()
    {
        Assert.Equal("doctor", RoleOf("Dr. Tomas Wilk told reporters the patient was stable.", "Tomas Wilk"));
    }

    [Fact]
    public void AnOfficeBeforeAnHonorificIsTheRole()
    {
        Assert.Equal("director", RoleOf("The institute's director, Dr. Anton Fauler, said the outbreak would get worse.", "Anton Fauler"));
    }
}
