using System.Linq;
using FactsGenerator.Diagnostics;
using FactsGenerator.Emit;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Pipeline;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGenerator.Tests;

public class EmitterTests
{
    private static readonly GeneratorOptions Options = GeneratorOptions.Default with { Namespace = "Sample.Facts", Visibility = "public" };

    private static (string Types, string Document, string Index, ResolvedDocument Names) EmitSample()
    {
        var facts = SampleFacts.Create();
        var document = new DocumentResult("/docs/border-clash.txt", "border-clash", facts, EquatableArray<DiagnosticInfo>.Empty);
        var names = NameResolver.Resolve(new[] { new DocumentNames(document.Path, document.Name, FactNaming.Propose(facts).ToEquatableArray()) }).Single();
        var context = new EmitContext(Options);
        return (TypesEmitter.Emit(context), DocumentEmitter.Emit(document, names, context), IndexEmitter.Emit(new[] { new SourceEntry(names.SourceMember, "border-clash.txt", DocumentEmitter.DeclaringClasses(names)) }, context), names);
    }

    [Fact]
    public void DocumentFileMatchesSnapshot() => Snapshot.Verify("Emitter.Document", EmitSample().Document);

    [Fact]
    public void IndexFileMatchesSnapshot() => Snapshot.Verify("Emitter.Index", EmitSample().Index);

    [Fact]
    public void TypesFileMatchesSnapshot() => Snapshot.Verify("Emitter.Types", EmitSample().Types);

    [Fact]
    public void EmittedFilesCompileWithoutWarningsUnderStrictSettings()
    {
        var (types, document, index, _) = EmitSample();
        var consumer = "namespace Consumer { internal static class Use { public const int Killed = Sample.Facts.Facts.Casualties.SoldiersKilled; "
            + "public static Sample.Facts.Fact? Find() => Sample.Facts.Facts.Find(\"Casualties.SoldiersKilled\"); } }";
        var compilation = GeneratorHarness.CreateCompilation(consumer)
            .AddSyntaxTrees(new[] { types, document, index }.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose))));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void DocumentDeclaresOnlyTheCategoryClassesItHasMembersIn()
    {
        var (_, document, index, names) = EmitSample();
        var declared = DocumentEmitter.DeclaringClasses(names);

        Assert.Contains("Casualties", declared);
        Assert.DoesNotContain("Durations", declared);
        Assert.DoesNotContain("static partial class Durations", document);
        Assert.Contains("static partial class Casualties", document);

        // The index still declares every category class, so Facts.Durations.All exists (and is empty).
        Assert.Contains("public static partial class Durations", index);
        Assert.Contains("__Concat<global::Sample.Facts.Quantity>();", index);
        Assert.Contains("__Concat<global::Sample.Facts.Quantity>(__FromBorderClash());", index);
    }

    [Fact]
    public void ExactNumbersBecomeConstantsOfTheNarrowestType()
    {
        var document = EmitSample().Document;
        Assert.Contains("public const int SoldiersKilled = 5;", document);
        Assert.Contains("public const double TurnoutPercent = 67.3;", document);
        Assert.Contains("public const long Debt = 3400000000000L;", document);
    }

    [Fact]
    public void VagueCountsAndRangesBecomeRecordsWithoutConstants()
    {
        var document = EmitSample().Document;
        Assert.Contains("public static readonly global::Sample.Facts.Quantity ResidentsFled = new global::Sample.Facts.Quantity(\"Displacement.ResidentsFled\", null, null, global::Sample.Facts.Qualifier.Vague", document);
        Assert.Contains("public static readonly global::Sample.Facts.Quantity PeopleMissing = new global::Sample.Facts.Quantity(\"Casualties.PeopleMissing\", 36m, 40m,", document);
    }

    [Fact]
    public void DocumentationShowsValueQualifierSentenceFileAndLine()
    {
        var document = EmitSample().Document;
        Assert.Contains("/// <summary>5 people (exactly): soldiers killed. \u201CFive soldiers were killed on Monday, the ministry said.\u201D (border-clash.txt, line 3)</summary>", document);
        Assert.Contains("Qualifier: exact. Unit: people. Category: casualties.", document);
    }

    [Fact]
    public void TextIsEscapedForXmlAndCSharp()
    {
        var document = EmitSample().Document;
        Assert.Contains("&lt;&amp;&gt;", document);
        Assert.Contains("\\u0000", document);
        Assert.Contains("\\\"\\\"\\\"", document);
        Assert.False(document.Contains('\u0000'), "raw NUL in generated code");
    }

    [Fact]
    public void KeywordsAndCollisionsGetValidDistinctNames()
    {
        var names = EmitSample().Names;
        Assert.Contains(names.Facts, f => f.Path == "Figures._class");
        Assert.Contains(names.Facts, f => f.Path == "Casualties.SoldiersKilled2");
        Assert.Contains(names.Notes, n => n.Kind == NamingNoteKind.Sanitized && n.FinalPath == "Figures._class");
        Assert.Contains(names.Notes, n => n.Kind == NamingNoteKind.CollisionInDocument && n.FinalPath == "Casualties.SoldiersKilled2");
    }

    [Theory]
    [InlineData("4", "int", "4")]
    [InlineData("-7", "int", "-7")]
    [InlineData("5000000000", "long", "5000000000L")]
    [InlineData("1.5", "double", "1.5")]
    [InlineData("5700000.0", "int", "5700000")]
    public void ConstantTypeFitsTheValue(string value, string type, string literal)
    {
        Assert.Equal((type, literal), DocumentEmitter.ConstOf(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
