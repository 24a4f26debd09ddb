using System;
using System.Linq;
using System.Text;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>Documents that are not (clean) UTF-8 text: empty, whitespace, binary, invalid UTF-8, UTF-16.</summary>
public class EncodingTests
{
    [Fact]
    public void EmptyAndWhitespaceOnlyDocumentsAreEachReportedAsEmpty()
    {
        var blanks = new[] { string.Empty, " ", "\n\n\n", "\t \r\n \t", "\u00A0\u2003\u3000\u2028", "\u200B\u200C\u200D\uFEFF", new string(' ', 100_000) };
        var documents = blanks.Select((text, i) => new TestDocument($"/docs/blank{i}.txt", text)).Append(new TestDocument("/docs/ferry.txt", News.Article)).ToList();

        var result = HostileRun.Run(documents, HostileRun.Quick);

        Assert.Equal(blanks.Select((_, i) => $"/docs/blank{i}.txt"), HostileRun.PathsWith(result, "FACTS001"));
        Assert.Equal(new[] { "Facts.Ferry.g.cs", "Facts.g.cs", "FactsGenerator.Types.g.cs" }, result.HintNames);
    }

    [Fact]
    public void RandomBinaryBytesAreReportedAsNotText()
    {
        var random = new Random(20261130);
        var documents = new[] { 16, 1024, 256 * 1024 }.Select(size =>
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            return new TestDocument($"/docs/random{size}.bin.txt", HostileRun.DecodeAsCompilerWould(bytes));
        }).ToList();
        var png = new byte[4096];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }.CopyTo(png, 0);
        documents.Add(new TestDocument("/docs/picture.txt", HostileRun.DecodeAsCompilerWould(png)));

        var result = HostileRun.Run(documents, HostileRun.Quick);

        Assert.Equal(documents.Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal), HostileRun.PathsWith(result, "FACTS002"));
        Assert.All(result.Diagnostics.Where(d => d.Id == "FACTS002"), d => Assert.Contains("not valid text", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void InvalidUtf8InsideTextIsReadWithReplacementCharactersAndStillGenerates()
    {
        var bytes = Encoding.UTF8.GetBytes(News.Article).ToList();
        foreach (var (at, invalid) in new[] { (10, new byte[] { 0xC3, 0x28 }), (60, new byte[] { 0xFF, 0xFE, 0xFD }), (120, new byte[] { 0xE2, 0x82 }), (200, new byte[] { 0xF0, 0x9F }) })
        {
            bytes.InsertRange(at, invalid);
        }

        // The compiler first tries strict UTF-8; when that fails it falls back to a single-byte code page.
        var asUtf8 = HostileRun.DecodeAsCompilerWould(bytes.ToArray());
        var asLatin1 = Encoding.Latin1.GetString(bytes.ToArray());
        Assert.Contains('\uFFFD', asUtf8);

        var result = HostileRun.Run(new[] { new TestDocument("/docs/utf8.txt", asUtf8), new TestDocument("/docs/latin1.txt", asLatin1) }, HostileRun.Quick);

        Assert.Empty(HostileRun.PathsWith(result, "FACTS002"));
        Assert.Contains("Facts.Utf8.g.cs", result.HintNames);
        Assert.Contains("Facts.Latin1.g.cs", result.HintNames);
    }

    [Fact]
    public void Utf16WithByteOrderMarkGeneratesExactlyWhatUtf8Does()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(News.Article)).ToArray();
        var utf16BigEndian = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(News.Article)).ToArray();

        var expected = HostileRun.Run(new[] { new TestDocument("/docs/ferry.txt", News.Article) }, HostileRun.Quick).Source("Facts.Ferry.g.cs");
        var little = HostileRun.Run(new[] { new TestDocument("/docs/ferry.txt", HostileRun.DecodeAsCompilerWould(utf16)) }, HostileRun.Quick).Source("Facts.Ferry.g.cs");
        var big = HostileRun.Run(new[] { new TestDocument("/docs/ferry.txt", HostileRun.DecodeAsCompilerWould(utf16BigEndian)) }, HostileRun.Quick).Source("Facts.Ferry.g.cs");

        Assert.Equal(expected, little);
        Assert.Equal(expected, big);
    }

    [Fact]
    public void Utf16WithoutByteOrderMarkIsReportedAsNotText()
    {
        // Without a byte order mark the bytes read as UTF-8: every other character is NUL.
        var text = HostileRun.DecodeAsCompilerWould(Encoding.Unicode.GetBytes(News.Article));

        var result = HostileRun.Run(new[] { new TestDocument("/docs/utf16.txt", text) }, HostileRun.Quick);

        Assert.Equal(new[] { "/docs/utf16.txt" }, HostileRun.PathsWith(result, "FACTS002"));
    }
}
