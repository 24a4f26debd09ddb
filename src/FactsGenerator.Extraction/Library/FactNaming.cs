using System;
using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Extraction.Library;

/// <summary>Proposes a member name for every fact of one document (before collisions are resolved).</summary>
public static class FactNaming
{
    private const int WordsFromText = 4;

    public static List<NamedFact> Propose(DocumentFacts facts)
    {
        var names = new List<NamedFact>();
        for (var i = 0; i < facts.Quantities.Count; i++)
        {
            var q = facts.Quantities[i];
            var proposal = string.IsNullOrWhiteSpace(q.Name) ? Identifier.ToPascalCase(q.About) : q.Name;
            names.Add(new NamedFact(FactKind.Quantity, i, FactClasses.ForCategory(q.Category), proposal, q.Evidence) { Specific = SaysWhatItCounts(q.About) });
        }

        for (var i = 0; i < facts.People.Count; i++)
        {
            names.Add(new NamedFact(FactKind.Person, i, FactClasses.People, Identifier.ToPascalCase(facts.People[i].Name), facts.People[i].Evidence));
        }

        for (var i = 0; i < facts.Places.Count; i++)
        {
            names.Add(new NamedFact(FactKind.Place, i, FactClasses.Places, Identifier.ToPascalCase(facts.Places[i].Name), facts.Places[i].Evidence));
        }

        for (var i = 0; i < facts.Organizations.Count; i++)
        {
            names.Add(new NamedFact(FactKind.Organization, i, FactClasses.Organizations, Identifier.ToPascalCase(facts.Organizations[i].Name), facts.Organizations[i].Evidence));
        }

        for (var i = 0; i < facts.Quotes.Count; i++)
        {
            var quote = facts.Quotes[i];
            var speaker = quote.Speaker is null ? "Unattributed" : quote.Speaker;
            names.Add(new NamedFact(FactKind.Quote, i, FactClasses.Quotes, Identifier.ToPascalCase(speaker + " " + FirstWords(quote.Text, WordsFromText)), quote.Evidence));
        }

        for (var i = 0; i < facts.Dates.Count; i++)
        {
            var date = facts.Dates[i];
            var when = StartsWithDigit(date.Text) ? "In " + date.Text : date.Text;
            names.Add(new NamedFact(FactKind.Date, i, FactClasses.Timeline, Identifier.ToPascalCase(when + " " + FirstWords(date.About, WordsFromText)), date.Evidence));
        }

        return names;
    }

    /// <summary>The first <paramref name="count"/> words (letters or digits) of a text.</summary>
    public static string FirstWords(string text, int count)
    {
        var builder = new StringBuilder();
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (words == count)
                    {
                        break;
                    }

                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    words++;
                    inWord = true;
                }

                builder.Append(c);
            }
            else if (c != '\'')
            {
                inWord = false;
            }
        }

        return builder.ToString();
    }

    private static bool StartsWithDigit(string text) => text.Length > 0 && char.IsDigit(text[0]);

    /// <summary>A subject and an event, or a qualified subject: at least two words ("people killed", "voter turnout").</summary>
    private static bool SaysWhatItCounts(string about)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in about)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words >= 2;
    }
}
