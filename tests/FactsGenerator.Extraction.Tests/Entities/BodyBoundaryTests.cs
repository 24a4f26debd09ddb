namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Where the name of a body ends, and when a spelled-out acronym names a thing rather than a body.</summary>
public class BodyBoundaryTests
{
    [Theory]
    [InlineData("The firm reported the fault to the Federal Mining Agency on March 18, and to the Coastal Water Board on March 21.", "Federal Mining Agency", "Coastal Water Board")]
    [InlineData("Lawyers wrote to the Harbour Licensing Commission on Tuesday and to the Velm Port Authority in May.", "Harbour Licensing Commission", "Velm Port Authority")]
    public void ADateAfterOnEndsTheNameOfABody(string sentence, string first, string second)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(first, names);
        Assert.Contains(second, names);
        Assert.DoesNotContain(names, name => name.EndsWith("March", System.StringComparison.Ordinal));
    }

    [Fact]
    public void OnBeforeAFieldStillJoinsTheNameOfABody()
    {
        var names = Extract.OrganizationNames(Extract.From("The Commission on Coastal Erosion met in the capital."));
        Assert.Contains("Commission on Coastal Erosion", names);
    }

    [Fact]
    public void ACourtNamedWithItsCountryIsABodyNotAPlace()
    {
        var facts = Extract.From("A man, aged 30, appeared in Northwick District Court, New Zealand, charged with theft.");
        Assert.Contains("Northwick District Court", Extract.OrganizationNames(facts));
        Assert.DoesNotContain("Northwick District Court", Extract.PlaceNames(facts));
        Assert.Contains("New Zealand", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ATownNamedWithItsCountryIsStillAPlace()
    {
        var facts = Extract.From("The family moved from Harrowgate Vale, New Zealand in 1990.");
        Assert.Contains("Harrowgate Vale", Extract.PlaceNames(facts));
    }

    [Theory]
    [InlineData("Velm fever virus (VFV) is a rare illness. Doctors fear VFV will spread.", "VFV")]
    [InlineData("The team runs the build and test system (BTS) project. BTS is slow.", "BTS")]
    public void AnAcronymSpelledOutWithACommonNounIsNoBody(string sentence, string acronym)
    {
        Assert.DoesNotContain(acronym, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void WhatAPersonIsOfBeforeAVerbOfSayingIsABody()
    {
        var facts = Extract.From("Immunologist Jo Kimball of Tamsin Research said the results were clear.");
        Assert.Contains("Tamsin Research", Extract.OrganizationNames(facts));
        Assert.Contains("Jo Kimball", Extract.PeopleNames(facts));
    }

    [Fact]
    public void AnUnknownRunAfterTheThatSpeaksIsABody()
    {
        var facts = Extract.From("Officials said the Tallow Ridge Panel estimated the cost at two million.");
        Assert.Contains("Tallow Ridge Panel", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void AnOfficeAfterTheThatSpeaksIsNoBody()
    {
        var facts = Extract.From("Later, the Velmorian Prime Minister asked residents to stay home.");
        Assert.Empty(Extract.OrganizationNames(facts));
    }

    [Theory]
    [InlineData("The show aired on the Night Owl television channel in March.", "Night Owl")]
    [InlineData("He runs the Copper Kettle vape store in Ostravel.", "Copper Kettle")]
    public void AKindOfBodyAfterAWordOfTradeNamesABody(string sentence, string organisation)
    {
        Assert.Contains(organisation, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void ABodyWithItsCountryWrittenInFullAndByCodeIsOneBody()
    {
        var facts = Extract.From("The United States Coast Guard found the wreck. A U.S. Coast Guard cutter stayed nearby.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "United States Coast Guard");
        Assert.Contains("U.S. Coast Guard", body.Aliases);
        Assert.DoesNotContain("U.S. Coast Guard", Extract.OrganizationNames(facts));
    }

    [Fact]
    public void ACountrysPartyIsThePartyEvenBesideABranch()
    {
        var facts = Extract.From("Ana Ruiz ran for the US Harvest Party. The Harvest Party of Ostra backed her, and the Harvest Party grew.");
        var names = Extract.OrganizationNames(facts);
        Assert.Contains("Harvest Party", names);
        Assert.DoesNotContain("US Harvest Party", names);
    }

    [Theory]
    [InlineData("Staff at the Command and Control Centre of the Velm Coast Guard tracked the ferry.", "Command and Control Centre of the Velm Coast Guard")]
    [InlineData("The Press and Information Office issued a notice on Monday.", "Press and Information Office")]
    [InlineData("The Confederated Velm and Harrow Tribes filed the lawsuit on Monday.", "Confederated Velm and Harrow Tribes")]
    public void ALoneHeadWordOrAPluralHeadContinuesTheNameOverAnd(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Fact]
    public void BodiesNamedAloneStayApartOverAnd()
    {
        var names = Extract.OrganizationNames(Extract.From("Officials of the Army and Navy met. The Senate and the Velm Trade Committee disagreed."));
        Assert.DoesNotContain("Army and Navy", names);
        Assert.Contains("Velm Trade Committee", names);
    }

    [Theory]
    [InlineData("The jet broke apart, according to the Directorate General of Harbour Aviation.", "Directorate General of Harbour Aviation")]
    [InlineData("Visas are issued by the Consulate General in the old town.", "Consulate General")]
    public void AHeadAndGeneralNameABodyNotAGeneral(string sentence, string name)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(name, Extract.OrganizationNames(facts));
        Assert.Empty(facts.People);
    }

    [Fact]
    public void AnArmyGeneralStaysAPerson()
    {
        var facts = Extract.From("Army General Ana Ruiz spoke on Monday.");
        Assert.Equal("army general", Extract.Person(facts, "Ana Ruiz").Role);
    }

    [Fact]
    public void ARailwayCompanyIsABodyAndItsAcronymAnAlias()
    {
        var facts = Extract.From("Train drivers at the Velm Coast Railway (VCR) went on strike. The VCR said trains would run on Monday.");
        var railway = Assert.Single(facts.Organizations, o => o.Name == "Velm Coast Railway");
        Assert.Contains("VCR", railway.Aliases);
    }

    [Theory]
    [InlineData("Soldiers of the Velm People's Defence Army crossed the river on Monday.", "Velm People's Defence Army", "Defence Army")]
    [InlineData("The Ostravel Women's Rowing Association elected a new board.", "Ostravel Women's Rowing Association", "Rowing Association")]
    public void APossessiveOfPeopleOrWomenStaysInsideTheName(string sentence, string whole, string part)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(whole, names);
        Assert.DoesNotContain(part, names);
    }

    [Fact]
    public void ADayOrAnOlympiadNamedWithABodysWordIsNoBody()
    {
        var names = Extract.OrganizationNames(Extract.From(
            "Crowds marched for International Women's Day in Kelby. Students competed in the Northern Science Olympiad last week."));
        Assert.DoesNotContain(names, name => name.StartsWith("International", System.StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.Contains("Olympiad"));
    }

    [Theory]
    [InlineData("Dr Lena Voss of the University of California, San Diego led the survey.", "University of California, San Diego", "San Diego")]
    [InlineData("She enrolled at the University of Texas at Brookvale in 2015.", "University of Texas at Brookvale", "Brookvale")]
    public void TheCampusOfAStateUniversityIsPartOfItsName(string sentence, string university, string campus)
    {
        var facts = Extract.From(sentence);
        Assert.Contains(university, Extract.OrganizationNames(facts));
        Assert.DoesNotContain(campus, Extract.PlaceNames(facts));
    }

    [Fact]
    public void AUniversityOfACountryKeepsTheCityApart()
    {
        var facts = Extract.From("Dr Lena Voss of the University of Sydney, Australia, led the survey.");
        Assert.Contains("University of Sydney", Extract.OrganizationNames(facts));
        Assert.Contains("Australia", Extract.PlaceNames(facts));
    }

    [Fact]
    public void ACampusGoesByTheInitialsOfItsUniversity()
    {
        var facts = Extract.From("A team from the University of Oregon at Brookvale found the wreck. The find was confirmed, UO said.");
        var body = Assert.Single(facts.Organizations, o => o.Name == "University of Oregon at Brookvale");
        Assert.Contains("UO", body.Aliases);
    }

    [Theory]
    [InlineData("Volunteers joined Project Lantern, a study of river birds, in April.", "Project Lantern")]
    [InlineData("The senator argued against Court Packing during the debate.", "Court Packing")]
    [InlineData("He taught Programme Design to first-year students.", "Programme Design")]
    public void ABodysWordOpeningANameWithNoBodyAfterItIsNoBody(string sentence, string name)
    {
        Assert.DoesNotContain(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The story ran in the Daily Ledger on Monday.", "Daily Ledger")]
    [InlineData("She flew home on Air Ghana Express after the summit.", "Air Ghana Express")]
    [InlineData("The report was sent to the Harbour Project Board on Monday.", "Harbour Project Board")]
    public void ABodysNameOpenedByABodysWordStaysABody(string sentence, string name)
    {
        Assert.Contains(name, Extract.OrganizationNames(Extract.From(sentence)));
    }

    [Theory]
    [InlineData("The province's largest opposition party boycotted the vote.", "largest opposition party")]
    [InlineData("Critics within the Governor's party stayed silent.", "Governor's party")]
    public void APartyDescribedAfterAPossessiveIsNoBody(string sentence, string phrase)
    {
        Assert.DoesNotContain(Extract.OrganizationNames(Extract.From(sentence)), name => name.EndsWith(phrase, System.StringComparison.Ordinal));
    }

    [Fact]
    public void AMinistryAfterAPossessiveIsStillABody()
    {
        Assert.Contains("Velmoria's defence ministry", Extract.OrganizationNames(Extract.From("Velmoria's defence ministry said the drill was over.")));
    }

    [Fact]
    public void TheAcronymOfANameABodysWordOnlyOpensIsNoBody()
    {
        var facts = Extract.From("She earned the title International Grandmaster (IGM) in 2012. Few players hold the IGM title, the federation said.");
        Assert.DoesNotContain("IGM", Extract.OrganizationNames(facts));
    }
}
