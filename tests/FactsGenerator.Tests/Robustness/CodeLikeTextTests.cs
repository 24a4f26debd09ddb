using System;
using System.Linq;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// Text that means something to C# or XML (comment ends, raw string quotes, directives, NUL, markup) in every
/// place a document's text reaches the generated code: sentences, headline, Title, Name and Published metadata.
/// </summary>
public class CodeLikeTextTests
{
    private static readonly string[] Fragments =
    {
        "*/", "/*", "//", "\"\"\"", "\"\"\"\"\"\"", "#if DEBUG", "#endregion", "#error stop", "\u0000", "<&>", "</summary>", "<![CDATA[", "]]>", "<!--",
        "&amp;", "{0}", "{{", "$\"{x}\"", "@\"", "\\", "\\u0041", "\\n", "\r", "\u2028", "\u2029", "\u0085", "'", "`", "\u007F", "\u001B[31m",
    };

    // Ordinary sentences, so control characters such as NUL stay rare enough for the document to count as text.
    private static readonly string Padding = string.Join(" ", News.Sentences);

    private static string Sentence(string fragment, int i) =>
        $"At least {i + 3} workers {fragment} were injured when officials {fragment} of the \"{fragment}\" plant said on Monday, according to John Smith{fragment}.";

    [Fact]
    public void CodeAndMarkupInSentencesCompile()
    {
        var documents = Fragments.Select((fragment, i) => new TestDocument($"/docs/code{i}.txt",
            $"Blast {fragment} at plant\n\n{Sentence(fragment, i)}\n\n{fragment}\n\n\u201C{fragment} we will rebuild {fragment},\u201D said Mayor Ann Lee {fragment}.\n\n{Padding}\n")).ToList();

        var result = HostileRun.Run(documents, HostileRun.Quick);

        Assert.True(documents.Count == result.HintNames.Count(h => h.StartsWith("Facts.Code", StringComparison.Ordinal)),
            string.Join(", ", result.HintNames) + "\n" + string.Join("\n", result.Diagnostics));
        foreach (var hint in result.HintNames)
        {
            Assert.DoesNotContain('\u0000', result.Source(hint));
        }
    }

    [Fact]
    public void CodeAndMarkupInTitleNameAndPublishedMetadataCompile()
    {
        var documents = Fragments.Select((fragment, i) => new TestDocument($"/docs/meta{i}.txt", News.Article,
            published: "2021-01-01" + fragment, title: "Title " + fragment + " end", name: "Name" + fragment + i)).ToList();

        var result = HostileRun.Run(documents, HostileRun.Quick);

        // Every Published value is invalid (FACTS011 each) except where the fragment is whitespace that metadata trimming removes.
        Assert.Equal(Fragments.Count(f => ("2021-01-01" + f).Trim() != "2021-01-01"), result.Diagnostics.Count(d => d.Id == "FACTS011"));
        Assert.Equal(documents.Count + 2, result.HintNames.Count);
    }
}
