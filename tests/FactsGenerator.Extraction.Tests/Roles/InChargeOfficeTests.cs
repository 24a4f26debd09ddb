using FactsGenerator.Extraction.Tests.Entities;
using Xunit;

namespace FactsGenerator.Extraction.Tests.Roles;

/// <summary>"in charge" after an apposed office is part of it; after "in charge of" a minister's capitalised field
/// completes the office, a body named there is the affiliation, and a body named before the office stays its owner.</summary>
public class InChargeOfficeTests
{
    [Theory]
    [InlineData("The cargo was seized at the port, said Dara Quint, a special agent in charge of the Velm Customs Bureau.", "Dara Quint", "special agent in charge")]
    [InlineData("The ward reopened on Monday, said Dara Quint, the nurse in charge.", "Dara Quint", "nurse in charge")]
    [InlineData("The bill was delayed, said Dara Quint, formerly Minister in charge of Coastal Renewal.", "Dara Quint", "former minister in charge of coastal renewal")]
    [InlineData("The bill was delayed, said Dara Quint, the minister in charge of Fisheries and Forestry.", "Dara Quint", "minister in charge of fisheries and forestry")]
    public void InChargeStaysInTheOffice(string text, string name, string role)
    {
        Assert.Equal(role, Extract.Person(Extract.From(text), name).Role);
    }

    [Fact]
    public void ABodyBeforeTheOfficeStaysItsOwner()
    {
        var person = Extract.Person(Extract.From("The blaze was arson, said Dara Quint, ATF agent in charge of the Orra office."), "Dara Quint");
        Assert.Equal("agent in charge", person.Role);
        Assert.Equal("ATF", person.Affiliation);
    }

    [Theory]
    [InlineData("The findings are due in May, said Dara Quint, the officer in charge of the inquiry.", "officer in charge")]
    [InlineData("The engine failed, said Dara Quint, the pilot in charge at the time.", "pilot in charge")]
    [InlineData("The talks stalled, said Dara Quint, the envoy in charge of Monday's talks.", "envoy in charge")]
    public void WhatThePersonRunsIsNoAffiliation(string text, string role)
    {
        var person = Extract.Person(Extract.From(text), "Dara Quint");
        Assert.Equal(role, person.Role);
        Assert.Null(person.Affiliation);
    }

    [Fact]
    public void APlainPersonInChargeHoldsNoOffice()
    {
        Assert.Null(Extract.Person(Extract.From("The ward reopened on Monday, said Dara Quint, the woman in charge of the night shift."), "Dara Quint").Role);
    }

    [Fact]
    public void InChargeWithoutAnOfficeGivesNone()
    {
        Assert.Null(Extract.Person(Extract.From("The ward reopened on Monday, said Dara Quint, who was in charge of the night shift."), "Dara Quint").Role);
    }
}
