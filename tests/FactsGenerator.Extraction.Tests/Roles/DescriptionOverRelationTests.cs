using FactsGenerator.Extraction.Tests.Entities;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>A relation to someone ("his wife", "her brother", "a close friend") is no description of the person: any
/// other description in the text (an apposition, a later office, a title) outweighs it; alone, it stays.</summary>
public class DescriptionOverRelationTests
{
    [Fact]
    public void AnAppositionAfterTheNameOutweighsTheRelationBeforeIt()
    {
        var facts = Extract.From("Her brother Jon Kell, a firefighter with the brigade, said the crew had been lucky.");
        Assert.Equal("firefighter", Extract.Person(facts, "Jon Kell").Role);
    }

    [Fact]
    public void AnAppositionAfterAFirstNameOutweighsTheRelation()
    {
        var facts = Extract.From("Tom Vale said he had spoken with his brother Dario, an inmate serving ten years, on Sunday.");
        Assert.Equal("inmate", Extract.Person(facts, "Dario").Role);
    }

    [Fact]
    public void ALaterOfficeOutweighsTheRelation()
    {
        var facts = Extract.From("His wife Mara Tell said she was relieved. Mara Tell, a nurse at Velm General Hospital, had waited all night.");
        var person = Extract.Person(facts, "Mara Tell");
        Assert.Equal("nurse", person.Role);
        Assert.Equal("Velm General Hospital", person.Affiliation);
    }

    [Fact]
    public void ALaterTitleOutweighsTheRelation()
    {
        var facts = Extract.From("Among the dead was Ana Brook, a mother of two young children. The premier said Constable Brook died protecting others.");
        Assert.Equal("constable", Extract.Person(facts, "Ana Brook").Role);
    }

    [Fact]
    public void ATitleBeforeTheFullNameOutweighsTheRelation()
    {
        var facts = Extract.From("The visit was arranged by her husband Tom Vik. Senator Tom Vik later told reporters the trip went well.");
        Assert.Equal("senator", Extract.Person(facts, "Tom Vik").Role);
    }

    [Fact]
    public void TheRelationStaysWhereNothingElseIsSaid()
    {
        var facts = Extract.From("Police spoke to his friend Ray Dunn, who lives nearby. His wife Lena Dorr said she was relieved.");
        Assert.Equal("friend", Extract.Person(facts, "Ray Dunn").Role);
        Assert.Equal("wife", Extract.Person(facts, "Lena Dorr").Role);
    }

    [Fact]
    public void AnOfficeIsNotReplacedByALaterRelation()
    {
        var facts = Extract.From("Mayor Ana Ruiz opened the bridge. Her husband Paul Ruiz watched as her colleague Ana Ruiz cut the ribbon.");
        Assert.Equal("mayor", Extract.Person(facts, "Ana Ruiz").Role);
    }
}
