namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>The plural possessive of a noun for people inside a body's name ("Employers' Association") does not cut it.</summary>
public class PluralPossessiveBodyTests
{
    [Theory]
    [InlineData("The Ghana Employers' Advisory Association warned that costs would rise.", "Ghana Employers' Advisory Association")]
    [InlineData("The Velmoria Farmers' Cooperative Union said grain prices fell.", "Velmoria Farmers' Cooperative Union")]
    [InlineData("The strike was called by the Zambia Teachers' Welfare Association on Monday.", "Zambia Teachers' Welfare Association")]
    public void ThePossessiveIsInsideTheName(string sentence, string organisation)
    {
        var names = Extract.OrganizationNames(Extract.From(sentence));
        Assert.Contains(organisation, names);
        Assert.DoesNotContain(names, n => n.EndsWith("s", System.StringComparison.Ordinal) && organisation.StartsWith(n + "'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void APossessiveBeforeNoBodyWordDoesNotJoin()
    {
        var names = Extract.OrganizationNames(Extract.From("The Velmoria Farmers' Market Day drew large crowds."));
        Assert.DoesNotContain(names, n => n.Contains("Farmers' Market"));
    }
}
