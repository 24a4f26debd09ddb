using System.Linq;
using FactsGenerator.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGenerator.Diagnostics;

/// <summary>A location in a document as plain data (no Roslyn objects in pipeline models).</summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static LocationInfo StartOf(string path) => new(path, 0, 0, 1, 1, 1, 1);

    /// <summary>From engine evidence (1-based line/column) of a single-line phrase.</summary>
    public static LocationInfo From(string path, Evidence evidence) =>
        new(path, evidence.Start, evidence.Length, evidence.Line, evidence.Column, evidence.Line, evidence.Column + evidence.Length);

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine - 1, StartColumn - 1), new LinePosition(EndLine - 1, EndColumn - 1)));
}

/// <summary>A diagnostic as equatable data; turned into a Roslyn <see cref="Diagnostic"/> only when reported.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.All.First(d => d.Id == Id);
        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());
    }
}
