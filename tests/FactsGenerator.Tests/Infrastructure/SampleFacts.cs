using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Tests.Infrastructure;

/// <summary>A hand-built document model, so emitter tests do not depend on extraction quality.</summary>
public static class SampleFacts
{
    public const string Sentence = "Five soldiers were killed on Monday, the ministry said.";

    public static Evidence Evidence(string text, int line = 3, int column = 1, string sentence = Sentence) =>
        new(0, text.Length, line, column, text, sentence);

    public static DocumentFacts Create() => new(
        "Border clash <kills> five",
        "2024-03-05",
        42,
        DocumentProblem.None,
        EquatableArray.Create(new PersonFact("Ana Ruiz", "defence minister", "Spain", EquatableArray.Create("Ruiz"), 2, Evidence("Ana Ruiz", 5, 10, "The defence minister, Ana Ruiz, spoke."))),
        EquatableArray.Create(new PlaceFact("São Paulo", PlaceKind.City, EquatableArray<string>.Empty, 1, Evidence("São Paulo"))),
        EquatableArray.Create(new OrganizationFact("Ministry of Defence", EquatableArray.Create("MoD"), 3, Evidence("Ministry of Defence"))),
        EquatableArray.Create(
            new QuantityFact(5m, null, Qualifier.Exact, "people", QuantityCategory.Casualties, "soldiers killed", "SoldiersKilled", Evidence("Five soldiers were killed")),
            new QuantityFact(null, null, Qualifier.Vague, "people", QuantityCategory.Displacement, "residents who fled", "ResidentsFled", Evidence("thousands of residents fled")),
            new QuantityFact(67.3m, null, Qualifier.About, "percent", QuantityCategory.Other, "voter turnout", "TurnoutPercent", Evidence("about 67.3%")),
            new QuantityFact(3_400_000_000_000m, null, Qualifier.Exact, "usd", QuantityCategory.Money, "debt", "Debt", Evidence("US$3.4 trillion")),
            new QuantityFact(36m, 40m, Qualifier.Exact, "people", QuantityCategory.Casualties, "people missing", "PeopleMissing", Evidence("between 36 and 40 people")),
            new QuantityFact(2m, null, Qualifier.Exact, "items", QuantityCategory.Other, "class keyword", "class", Evidence("two classes")),
            new QuantityFact(3m, null, Qualifier.Exact, "people", QuantityCategory.Casualties, "soldiers killed again", "SoldiersKilled", Evidence("three more"))),
        EquatableArray.Create(
            new QuoteFact("We will */ rebuild \"\"\" #if <&> \u0000 now", "Ana Ruiz", SpeakerKind.Person, Evidence("\u201CWe will rebuild\u201D", 7, 1, "\u201CWe will */ rebuild\u201D, she said \\ once.")),
            new QuoteFact("Nobody knows", null, SpeakerKind.None, Evidence("\u201CNobody knows\u201D"))),
        EquatableArray.Create(new DateFact("Monday", "2024-03-04", "five soldiers were killed", Evidence("Monday"))));
}
