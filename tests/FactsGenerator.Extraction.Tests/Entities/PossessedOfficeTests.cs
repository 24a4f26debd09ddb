namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>"the union's treasurer", "its spokeswoman": the office belongs to the one body of that kind named lately.</summary>
public class PossessedOfficeTests
{
    [Fact]
    public void TheKindNounPointsToTheUnionNamedBefore()
    {
        var facts = Extract.From("The Greywater Miners Union rejected the deal on Monday. Ruth Okafor, the union's deputy leader, said the pay was too low.");
        var person = Extract.Person(facts, "Ruth Okafor");
        Assert.Equal("deputy leader", person.Role);
        Assert.Equal("Greywater Miners Union", person.Affiliation);
    }

    [Fact]
    public void ItsBeforeTheNamePointsToTheOneBodyNamed()
    {
        var facts = Extract.From("The Selwick Housing Association raised rents again. Its chairwoman, Dora Vance, blamed the interest rates.");
        Assert.Equal("Selwick Housing Association", Extract.Person(facts, "Dora Vance").Affiliation);
    }

    [Fact]
    public void TwoBodiesOfTheKindLeaveTheOwnerOpen()
    {
        var facts = Extract.From("The Fenmoor Drivers Union and the Calder Porters Union met on Friday. Simon Pell, the union's treasurer, said little.");
        Assert.Null(Extract.Person(facts, "Simon Pell").Affiliation);
    }

    [Fact]
    public void ACompanyOfficeOpeningTheNextSentenceIsTheCompanys()
    {
        var facts = Extract.From("Quarrow Motors said it would cut 300 jobs. Chief executive Nadia Brook said the market had shrunk.");
        var person = Extract.Person(facts, "Nadia Brook");
        Assert.Equal("chief executive", person.Role);
        Assert.Equal("Quarrow Motors", person.Affiliation);
    }

    [Fact]
    public void ACompanyOfficeTwoSentencesLaterIsLeftOpen()
    {
        var facts = Extract.From("Quarrow Motors said it would cut 300 jobs. The town was stunned. Chief executive Nadia Brook said the market had shrunk.");
        Assert.Null(Extract.Person(facts, "Nadia Brook").Affiliation);
    }

    [Fact]
    public void ItsInTheClauseOfTheSubjectBodyIsThatBodysEvenAfterOtherBodies()
    {
        var facts = Extract.From("Pellam Logistics and Orrin Cargo Group bid for the depot.\n\nHartwell Shipping Ltd confirmed on Friday that its operations director, Gwen Tallis, would lead the bid.");
        var person = Extract.Person(facts, "Gwen Tallis");
        Assert.Equal("operations director", person.Role);
        Assert.Equal("Hartwell Shipping Ltd", person.Affiliation);
    }

    [Fact]
    public void ABodyNamedBetweenTheSubjectAndItsLeavesTheOwnerOpen()
    {
        var facts = Extract.From("Pellam Logistics and Orrin Cargo Group bid for the depot.\n\nHartwell Shipping Ltd said Orrin Cargo Group had hired its operations director, Gwen Tallis.");
        Assert.NotEqual("Hartwell Shipping Ltd", Extract.Person(facts, "Gwen Tallis").Affiliation);
    }
}
