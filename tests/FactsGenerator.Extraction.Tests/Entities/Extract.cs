using System.Linq;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Entities;

/// <summary>Runs the whole engine on a short document (a headline line, then the body).</summary>
internal static class Extract
{
    public static DocumentFacts From(string body, string? published = null) =>
        FactExtractor.Extract("Test headline\n\n" + body, new ExtractionOptions(Published: published));

    public static PersonFact Person(DocumentFacts facts, string name) => Assert.Single(facts.People, p => p.Name == name);

    public static string[] PeopleNames(DocumentFacts facts) => facts.People.Select(p => p.Name).ToArray();

    public static string[] PlaceNames(DocumentFacts facts) => facts.Places.Select(p => p.Name).ToArray();

    public static string[] OrganizationNames(DocumentFacts facts) => facts.Organizations.Select(p => p.Name).ToArray();
}
