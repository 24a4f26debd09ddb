using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Library.Json;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Tests.Lock;

/// <summary>The lock file's JSON: strict reading with positions, deterministic writing, lossless round trips.</summary>
public class LockFileFormatTests
{
    private static readonly FactSpec Killed = new(FactKind.Quantity, "7", null, "exact", "people", "soldiers killed", null, "7 soldiers were killed", "\u201CYes,\u201D 7 soldiers were killed \\ \"there\".");

    private static LockFile Sample() => new("/p/facts.lock.json", 1,
        EquatableArray.Create(
            new LockEntry("b.txt", "People.AnaRuiz", "Person", new FactSpec(FactKind.Person, "Ana Ruiz", null, null, null, null, null, "Ana Ruiz", "Minister Ana Ruiz spoke."), false, null, null),
            new LockEntry("a.txt", "Casualties.SoldiersKilled", "int", Killed, false, "Casualties.Killed", null),
            new LockEntry("a.txt", "Money.Debt", "Quantity", new FactSpec(FactKind.Quantity, "3400000000000", "3500000000000", "about", "usd", "debt", null, "$3.4tn", "Debt is $3.4tn."), true, null, null)),
        EquatableArray.Create(new CurationRule(CurationAction.Rename, "People.AnaRuiz", null, "DefenceMinister", null, null, null)));

    [Fact]
    public void WrittenLockFileReadsBackToTheSameContract()
    {
        var text = LockFileWriter.Write(Sample());
        var parse = LockFileReader.Read("/p/facts.lock.json", text);

        Assert.Empty(parse.Problems);
        Assert.Equal(LockFileWriter.Sorted(Sample()).Select(e => e.Contract), parse.File!.Facts.Select(e => e.Contract));
        Assert.Equal(Sample().Curation, parse.File.Curation.Select(r => r.Contract));
    }

    [Fact]
    public void WritingIsDeterministicAndSortedByDocumentThenMember()
    {
        var text = LockFileWriter.Write(Sample());
        Assert.Equal(text, LockFileWriter.Write(Sample() with { Facts = Sample().Facts.Reverse().ToEquatableArray() }));
        Assert.True(text.IndexOf("Casualties.SoldiersKilled", System.StringComparison.Ordinal) < text.IndexOf("Money.Debt", System.StringComparison.Ordinal));
        Assert.True(text.IndexOf("Money.Debt", System.StringComparison.Ordinal) < text.IndexOf("People.AnaRuiz", System.StringComparison.Ordinal));
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void NumbersAreWrittenAsInvariantJsonNumbers()
    {
        var text = LockFileWriter.Write(Sample());
        Assert.Contains("\"value\": 3400000000000,", text);
        Assert.Contains("\"upper\": 3500000000000,", text);
        Assert.Contains("\"value\": 7,", text);
    }

    [Theory]
    [InlineData("{ \"a\": [1, 2,, 3] }", 1, 14)]
    [InlineData("{\n  \"a\": \"open\n}", 2, 13)]
    [InlineData("{\n\n  \"a\" 1 }", 3, 7)]
    [InlineData("[1] x", 1, 5)]
    public void MalformedJsonIsReportedAtItsLineAndColumn(string json, int line, int column)
    {
        var e = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(json));
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    [Fact]
    public void StringsKeepEscapesAndUnicode()
    {
        var value = JsonReader.Parse("{ \"s\": \"a\\\"b\\\\c\\n\\u00e9\u201C\" }");
        Assert.Equal("a\"b\\c\n\u00e9\u201C", value["s"]!.Text);
        Assert.Equal("\"a\\\"b\\\\c\\n\u00e9\u201C\"", JsonWriter.Quote("a\"b\\c\n\u00e9\u201C"));
    }

    [Fact]
    public void DeeplyNestedJsonIsAnErrorNotAStackOverflow()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);
        Assert.Contains("nested too deeply", Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(json)).Message);
    }

    [Fact]
    public void UnsupportedVersionMakesTheFileUnusable()
    {
        var parse = LockFileReader.Read("/p/l.json", "{ \"version\": 2, \"facts\": [] }");
        Assert.Null(parse.File);
        Assert.Contains("unsupported lock file version 2", Assert.Single(parse.Problems).Message);
    }

    [Fact]
    public void EntryWithAnInvalidMemberPathIsSkippedWithItsPosition()
    {
        var json = "{\n  \"facts\": [\n    { \"member\": \"Nowhere.X\", \"type\": \"int\", \"document\": \"a.txt\", \"kind\": \"quantity\", \"value\": 1, \"evidence\": \"1\", \"sentence\": \"1.\" }\n  ]\n}";
        var parse = LockFileReader.Read("/p/l.json", json);

        Assert.Empty(parse.File!.Facts);
        var problem = Assert.Single(parse.Problems);
        Assert.Contains("'Nowhere.X' is not a member path of a quantity", problem.Message);
        Assert.Equal((3, 5), (problem.At.Line, problem.At.Column));
    }

    [Fact]
    public void DiffListsAddedRemovedAndChangedMembers()
    {
        var before = Sample();
        var after = before with
        {
            Facts = EquatableArray.Create(
                before.Facts[1] with { Fact = Killed with { Value = "9" } },
                new LockEntry("c.txt", "Places.Yerevan", "Place", new FactSpec(FactKind.Place, "Yerevan", null, null, null, null, null, "Yerevan", "In Yerevan."), false, null, null),
                before.Facts[2]),
        };

        var changes = LockDiff.Compare(before, after).Select(c => c.ToString()).ToList();
        Assert.Equal(3, changes.Count);
        Assert.StartsWith("~ Casualties.SoldiersKilled (a.txt): int 7 ", changes[0]);
        Assert.Contains("\u2192 int 9 ", changes[0]);
        Assert.StartsWith("- People.AnaRuiz (b.txt)", changes[1]);
        Assert.StartsWith("+ Places.Yerevan (c.txt)", changes[2]);
        Assert.Empty(LockDiff.Compare(before, before with { Facts = before.Facts.Select(e => e with { At = new SourceSpan("x", 1, 1, 9, 9) }).ToEquatableArray() }));
    }
}
