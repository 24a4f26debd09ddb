using System.Linq;
using FactsGenerator.Extraction.Library;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Pipeline;

/// <summary>
/// What one document's file needs to know about facts it shares with other documents. The declaring document
/// writes every document's evidence; the others only refer to it, so their output must not change when another
/// sharing document is edited (that re-emitted, and made the IDE re-parse, every document naming a common place).
/// </summary>
internal static class SharedFacts
{
    /// <summary>For facts another document declares, the corroboration is cut to the declaring document's evidence and this one's.</summary>
    public static ResolvedDocument ForEmit(ResolvedDocument names)
    {
        if (!names.Facts.Any(IsSharedNotDeclared))
        {
            return names;
        }

        return names with
        {
            Facts = names.Facts.Select(f => IsSharedNotDeclared(f) && f.Corroboration.FirstOrDefault(c => c.Evidence.Equals(f.Evidence)) is { } own
                ? f with { Corroboration = new EquatableArray<SourcedEvidence>(new[] { f.Corroboration[0], own }) }
                : f).ToEquatableArray(),
        };
    }

    private static bool IsSharedNotDeclared(NamedFact fact) => !fact.Declares && fact.Corroboration.Count > 2;
}
