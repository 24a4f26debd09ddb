using FactsGenerator.Extraction;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Tests.Library;

public class DocumentTopicsTests
{
    private static EquatableArray<string> TopicsOf(string text) => DocumentTopics.Of(FactExtractor.Extract(text));

    private static EquatableArray<string> Topics(params string[] topics) => topics.ToEquatableArray();

    [Fact]
    public void EntitiesNamedInTheTitleAreTopics()
    {
        var topics = TopicsOf("Fire destroys market in Lyon\n\nA fire destroyed the covered market in Lyon on Sunday.");

        Assert.Contains("LYON", topics);
    }

    [Fact]
    public void AnEntityMentionedOftenIsATopicEvenWhenTheTitleOmitsIt()
    {
        var topics = TopicsOf("Market fire\n\nMayor Clara Voss visited the market. Voss said it would reopen. Voss thanked the firefighters.");

        Assert.Contains("CLARA VOSS", topics);
    }

    [Fact]
    public void CountriesAreNotTopics()
    {
        var topics = TopicsOf("Storm hits France\n\nA storm hit France on Monday.");

        Assert.DoesNotContain("FRANCE", topics);
    }

    [Fact]
    public void DocumentsSharingATopicAreRelated() =>
        Assert.True(DocumentTopics.Related(Topics("LYON", "RHONE"), Topics("CLARA VOSS", "LYON", "RHONE")));

    [Fact]
    public void OneSharedNameIsNotEnoughWhenBothDocumentsHaveSeveral() =>
        Assert.False(DocumentTopics.Related(Topics("CLARA VOSS", "LYON"), Topics("LYON", "MARC DIAZ")));

    [Fact]
    public void ADocumentWithoutTitleOrFrequentNamesFallsBackToAllItsNames()
    {
        var topics = TopicsOf("Market fire\n\nFirefighters from Lyon put out the fire on Sunday.");

        Assert.Contains("LYON", topics);
    }

    [Fact]
    public void DocumentsWithoutACommonTopicAreUnrelated() =>
        Assert.False(DocumentTopics.Related(Topics("LYON"), Topics("PORTO")));

    [Fact]
    public void DocumentsWithoutTopicsCannotBeToldApartSoTheyAreRelated() =>
        Assert.True(DocumentTopics.Related(Topics(), Topics()));

    [Fact]
    public void ADocumentWithoutTopicsIsNotRelatedToOneWithTopics() =>
        Assert.False(DocumentTopics.Related(Topics(), Topics("PORTO")));
}
