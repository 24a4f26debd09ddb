using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactsGenerator.Tests.Infrastructure;

/// <summary>MSBuild properties (build_property.*) and per-file metadata, as the compiler passes them to generators.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, string> globals;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globals)
    {
        this.globals = globals;
        GlobalOptions = new Options(globals);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile is TestDocument document ? new Options(document.Metadata) : new Options(new Dictionary<string, string>());

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;

        public Options(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
