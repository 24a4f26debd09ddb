using System;
using System.Collections.Generic;
using System.Linq;
using SeedFacts;

// Prints what the SeedFacts library knows, category by category, with the evidence of every fact.
foreach (var source in Facts.Sources.All)
{
    Console.WriteLine($"Source: {source.Document} \"{source.Title}\" ({source.WordCount} words{(source.Published is null ? "" : ", published " + source.Published)})");
}

Section("Casualties", Facts.Casualties.All);
Section("Displacement", Facts.Displacement.All);
Section("Durations", Facts.Durations.All);
Section("Population", Facts.Population.All);
Section("Money", Facts.Money.All);
Section("Military", Facts.Military.All);
Section("Figures", Facts.Figures.All);

Header("People", Facts.People.All.Count);
foreach (var person in Facts.People.All)
{
    var role = string.Join(", ", new[] { person.Role, person.Affiliation }.Where(s => s is not null));
    Console.WriteLine($"  {person.Name}{(role.Length == 0 ? "" : " - " + role)}{(person.Aliases.Count == 0 ? "" : $" (also {string.Join(", ", person.Aliases)})")}");
    Evidence(person.Evidence);
}

Header("Places", Facts.Places.All.Count);
Console.WriteLine("  " + string.Join(", ", Facts.Places.All.Select(p => p.Name)));

Header("Organizations", Facts.Organizations.All.Count);
Console.WriteLine("  " + string.Join(", ", Facts.Organizations.All.Select(o => o.Name)));

Header("Quotes", Facts.Quotes.All.Count);
foreach (var quote in Facts.Quotes.All)
{
    Console.WriteLine($"  {(quote.Speaker.Name.Length == 0 ? "(unattributed)" : quote.Speaker.Name)}: \u201C{quote.Text}\u201D");
    Evidence(quote.Evidence);
}

Header("Timeline", Facts.Timeline.All.Count);
foreach (var e in Facts.Timeline.All)
{
    Console.WriteLine($"  {e.Text}{(e.Date is null ? "" : " (" + e.Date + ")")}: {e.What}");
}

Console.WriteLine();
Console.WriteLine($"{Facts.All.Count} facts in all. Facts.Casualties.PeacekeepersKilled = {Facts.Casualties.PeacekeepersKilled}.");

static void Section(string title, IReadOnlyList<Quantity> quantities)
{
    Header(title, quantities.Count);
    foreach (var q in quantities)
    {
        var value = q.Value is null ? "(no exact number)" : q.Value.Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"  {q.Path} = {value} {q.Unit} [{q.Qualifier}] - {q.About}");
        Evidence(q.Evidence);
    }
}

static void Header(string title, int count)
{
    Console.WriteLine();
    Console.WriteLine($"{title} ({count})");
}

static void Evidence(Evidence evidence) =>
    Console.WriteLine($"      \u201C{evidence.Text}\u201D - {evidence.Document}, line {evidence.Line}");
