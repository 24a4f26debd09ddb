namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The document's vote: a name that behaves as a body anywhere is an organisation for all its mentions.</summary>
public class BodyVoteTests
{
    [Theory]
    [InlineData("Dozens of Quillmark employees walked out on Monday.", "Quillmark")]
    [InlineData("Staff at Tessaly Dorn said the servers had failed.", "Tessaly Dorn")]
    [InlineData("Analysts expect Brenmoor's shareholders to approve the deal.", "Brenmoor")]
    [InlineData("The takeover of Calloway Dunn was approved.", "Calloway Dunn")]
    [InlineData("A Velkin spokesperson said the recall was voluntary.", "Velkin")]
    public void WhatOnlyABodyHasMakesAnOrganisation(string sentence, string organisation)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(organisation, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(organisation, Extract.PeopleNames(facts));
    }

    [Fact]
    public void ABodyAnywhereIsABodyForEveryMention()
    {
        var facts = Extract.From("Ostrander Quay opened a depot near the port. Later, Ostrander Quay employees said the depot was empty.");
        var organisation = Assert.Single(facts.Organizations, o => o.Name == "Ostrander Quay");
        Assert.Equal(2, organisation.Mentions);
        Assert.DoesNotContain("Ostrander Quay", Extract.PeopleNames(facts));
    }

    [Fact]
    public void TwoWeakSignsMakeAStrongOne()
    {
        var facts = Extract.From("The ferry was bought by Harrowgate Marr in 2019. Harrowgate Marr said in a statement that fares would rise.");
        Assert.Contains("Harrowgate Marr", Extract.OrganizationNames(facts));
    }

    // "Mary" is also a town in the gazetteer: a given name that doubles as a place must not turn a person who issues a
    // statement into a body.
    [Theory]
    [InlineData("Mary Okonjo said in a statement that the clinic would reopen on Friday.", "Mary Okonjo")]
    [InlineData("Clinic director Mary Okonjo said in a statement that the ward was closed.", "Mary Okonjo")]
    public void APersonWhoseGivenNameIsATownStillIssuesAStatementAsAPerson(string sentence, string person)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(person, Extract.PeopleNames(facts));
        Assert.DoesNotContain(person, Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The radio station is a Brannock-owned network.", "Brannock")]
    [InlineData("The striker signed with Caldermoor on Friday, and Caldermoor said he would play at once.", "Caldermoor")]
    [InlineData("Her brother works for Vantrell Sorby and moved to the coast last year.", "Vantrell Sorby")]
    [InlineData("Thirty engineers were hired by Quillmark last spring.", "Quillmark")]
    public void AnOwnerBeforeAHyphenAClubSignedWithAndAnEmployerAreBodies(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("Hospital staff said the ward was full.", "Hospital")]
    [InlineData("Republican staffers left the room.", "Republican")]
    public void ACommonNounOpeningASentenceOrAPartyWordBeforeStaffIsNoBody(string sentence, string word)
    {
        Assert.DoesNotContain(word, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void SomeoneWhoWorksForAKnownPersonWorksForThatPerson()
    {
        var facts = Extract.From("Radio host Dale Imbry retired in May. His producer worked for Imbry for ten years.");
        Assert.Contains("Dale Imbry", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Imbry", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void APersonsStaffAndPropertyMakeNoBody()
    {
        var facts = Extract.From("Local farmer Maria Tolland said the barn was owned by Maria Tolland's family. Maria Tolland's staff fed the cattle.");
        Assert.Contains("Maria Tolland", Extract.PeopleNames(facts));
        Assert.DoesNotContain("Maria Tolland", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void WhatHasHeadquartersIsABodyEvenWithAPlaceHead()
    {
        var facts = Extract.From("Two officers were hurt at the headquarters of the Velm Harbour Prefecture on Friday.");
        Assert.Contains("Velm Harbour Prefecture", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Velm Harbour Prefecture", Extract.PlaceNames(facts));
    }
}
