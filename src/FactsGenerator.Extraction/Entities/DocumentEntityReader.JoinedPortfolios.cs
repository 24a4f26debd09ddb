using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Velmorian Energy and Mines Minister Ana Ruiz": an office over two portfolios joined by "and".</summary>
internal sealed partial class DocumentEntityReader
{
    // Offices of a government that title-case copy gives two portfolios.
    private static readonly HashSet<string> PortfolioOffices = Lexicon.Set("Minister Secretary Commissioner");

    // At most this many words in one portfolio ("Natural Resources", "Road Transport", "Home Affairs").
    private const int MaxPortfolioWords = 3;

    // The chunker stops a name at "and", so the first portfolio of "Velmorian Natural Resources and Environment Minister
    // Ana Ruiz" is a run of its own, and everyday words with a head such as "Resources" or "Energy" read as a body. When the
    // run is everyday capitals (after a country or its demonym) and the words after "and" are everyday capitals closed by
    // a minister's, secretary's or commissioner's title and a name, the run is the office's first field, no body: only the
    // country opening it is read. Returns true when the run was read so.
    private bool TryFirstPortfolioOfJoinedOffice(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var and = chunk.Last + 1;
        if (and + 1 >= tokens.Count || !tokens[and].Is("and"))
        {
            return false;
        }

        var fieldStart = chunk.First;
        while (fieldStart <= chunk.Last && NameForms.IsCountryOrDemonym(tokens[fieldStart].Text))
        {
            fieldStart++;
        }

        if (!IsPortfolioRun(tokens, fieldStart, chunk.Last) || OrganizationLexicon.Contains(SubChunk(chunk, fieldStart, chunk.Last).Text))
        {
            return false;
        }

        // The second portfolio, its office and the first word of a name after it.
        var office = and + 1;
        while (office < tokens.Count && office - and <= MaxPortfolioWords && !PortfolioOffices.Contains(tokens[office].Text))
        {
            office++;
        }

        if (office + 1 >= tokens.Count || !PortfolioOffices.Contains(tokens[office].Text) || !IsPortfolioRun(tokens, and + 1, office - 1)
            || !NameChunker.IsNameWord(tokens[office + 1]))
        {
            return false;
        }

        if (fieldStart > chunk.First)
        {
            ClassifySpan(SubChunk(chunk, chunk.First, fieldStart - 1), chunks);
        }

        return true;
    }

    // first..last (one to three words) are capitalised everyday words that name no body, place or person by themselves.
    private bool IsPortfolioRun(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last < first || last - first + 1 > MaxPortfolioWords)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var word = tokens[k];
            if (!word.IsCapitalized || !EnglishWords.IsOrdinaryWord(word.Text) || GivenNames.Contains(word.Text) || gazetteer.TryFind(word.Text, out _)
                || Lexicon.TitleWords.Contains(word.Text))
            {
                return false;
            }
        }

        return true;
    }
}
