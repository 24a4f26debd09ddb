namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Capitalised words between a body's name and a lower-case office that name a unit or a service of the body
/// belong to the office; the body's own name stays the affiliation.</summary>
public class OfficeUnitOfOwnerTests
{
    [Fact]
    public void ADepartmentBeforeALowerCaseOfficeOpensTheOffice()
    {
        var facts = Extract.From("\"The roads will reopen on Friday,\" Harlow Transit Authority Public Affairs chief Dena Morrow said in a statement.");
        var person = Extract.Person(facts, "Dena Morrow");
        Assert.Equal("public affairs chief", person.Role);
        Assert.Equal("Harlow Transit Authority", person.Affiliation);
    }

    [Fact]
    public void AHyphenatedNameBeforeTheFieldIsOneBody()
    {
        var facts = Extract.From("Inter-Valley Public Relations spokesman Karim Soule said the talks had failed.");
        Assert.Equal("spokesman", Extract.Person(facts, "Karim Soule").Role);
    }

    [Fact]
    public void APoliceForceBeforeALowerCaseOfficeGivesAPoliceOffice()
    {
        var facts = Extract.From("Orvale Police commissioner Jon Bastek urged residents to stay indoors.");
        var person = Extract.Person(facts, "Jon Bastek");
        Assert.Equal("police commissioner", person.Role);
        Assert.Equal("Orvale Police", person.Affiliation);
    }

    [Fact]
    public void TheForceStaysInTheJobBesideARank()
    {
        var facts = Extract.From("Orvale Police commissioner Lieutenant General Jon Bastek urged residents to stay indoors.");
        Assert.Equal("police commissioner", Extract.Person(facts, "Jon Bastek").Role);
    }

    [Fact]
    public void ABodyOfCommonWordsBeforeALowerCaseOfficeStaysInIt()
    {
        var facts = Extract.From("The Foreign Office spokesman Dale Ormund told reporters the visit was off.");
        Assert.Equal("foreign office spokesman", Extract.Person(facts, "Dale Ormund").Role);
    }

    [Fact]
    public void ABodyWithAProperNameBeforeALowerCaseOfficeIsOnlyTheAffiliation()
    {
        var facts = Extract.From("Dorvane Bank spokesman Dale Ormund told reporters the branch would close.");
        Assert.Equal("spokesman", Extract.Person(facts, "Dale Ormund").Role);
    }

    [Fact]
    public void ALowerCaseServiceBeforeACapitalisedTitleOpensTheOffice()
    {
        var facts = Extract.From("The blaze was under control by noon, city fire Commissioner Tobias Lenk said.");
        Assert.Equal("fire commissioner", Extract.Person(facts, "Tobias Lenk").Role);
    }
}
