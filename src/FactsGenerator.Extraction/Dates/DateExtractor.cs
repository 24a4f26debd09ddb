using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Dates;

/// <summary>Dates found in a document, and its publication date when a dateline states it.</summary>
internal sealed class DateExtraction
{
    public DateExtraction(string? published, List<DateFact> dates)
    {
        Published = published;
        Dates = dates;
    }

    public string? Published { get; }

    public List<DateFact> Dates { get; }
}

// PLACEHOLDER (being replaced by the date work of issue 4).
internal static class DateExtractor
{
    public static DateExtraction Extract(AnalyzedText text, string? published, CancellationToken cancellationToken) => new(null, new List<DateFact>());
}
