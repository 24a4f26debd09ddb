using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Extraction.Library;

/// <summary>The proposed names of one document.</summary>
public sealed record DocumentNames(string DocumentPath, string DocumentName, EquatableArray<NamedFact> Proposals);

/// <summary>The final names of one document: its member in <c>Facts.Sources</c>, its facts' members, and the notes.</summary>
public sealed record ResolvedDocument(string DocumentPath, string SourceMember, EquatableArray<NamedFact> Facts, EquatableArray<NamingNote> Notes);

/// <summary>
/// Turns proposals into final, unique, valid member names. Deterministic whatever the order of the input:
/// documents are taken in ordinal order of their path, facts in document order; the first claimant keeps a
/// name and later ones are changed, each change with a <see cref="NamingNote"/>.
/// </summary>
public static class NameResolver
{
    public static List<ResolvedDocument> Resolve(IEnumerable<DocumentNames> documents)
    {
        var ordered = documents.OrderBy(d => d.DocumentPath, StringComparer.Ordinal).ToList();
        var sourceMembers = AssignSourceMembers(ordered, out var sourceNotes);

        var perDocument = new List<(DocumentNames Doc, List<NamedFact> Facts, List<NamingNote> Notes)>();
        foreach (var document in ordered)
        {
            var notes = new List<NamingNote>(sourceNotes.Where(n => n.DocumentPath == document.DocumentPath));
            perDocument.Add((document, ResolveWithinDocument(document, notes), notes));
        }

        ResolveAcrossDocuments(perDocument, sourceMembers);

        return perDocument
            .Select(d => new ResolvedDocument(d.Doc.DocumentPath, sourceMembers[d.Doc.DocumentPath], d.Facts.ToEquatableArray(), d.Notes.ToEquatableArray()))
            .ToList();
    }

    private static Dictionary<string, string> AssignSourceMembers(List<DocumentNames> ordered, out List<NamingNote> notes)
    {
        notes = new List<NamingNote>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            var proposal = SanitizeMember(Identifier.ToPascalCase(document.DocumentName), FactClasses.Sources);
            var member = Unique(proposal, used);
            if (member != proposal)
            {
                notes.Add(new NamingNote(NamingNoteKind.DocumentNameCollision, document.DocumentPath, FactClasses.Sources + "." + proposal, FactClasses.Sources + "." + member, null));
            }

            result[document.DocumentPath] = member;
        }

        return result;
    }

    private static List<NamedFact> ResolveWithinDocument(DocumentNames document, List<NamingNote> notes)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<NamedFact>(document.Proposals.Count);
        foreach (var proposal in document.Proposals)
        {
            var valid = SanitizeMember(proposal.Member, proposal.ClassName);
            if (valid != proposal.Member)
            {
                notes.Add(new NamingNote(NamingNoteKind.Sanitized, document.DocumentPath, proposal.Path, proposal.ClassName + "." + valid, proposal.Evidence));
            }

            var unique = Unique(valid, used, proposal.ClassName);
            if (unique != valid)
            {
                notes.Add(new NamingNote(NamingNoteKind.CollisionInDocument, document.DocumentPath, proposal.ClassName + "." + valid, proposal.ClassName + "." + unique, proposal.Evidence));
            }

            facts.Add(proposal.WithMember(unique));
        }

        return facts;
    }

    private static void ResolveAcrossDocuments(List<(DocumentNames Doc, List<NamedFact> Facts, List<NamingNote> Notes)> documents, Dictionary<string, string> sourceMembers)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (doc, facts, _) in documents)
        {
            foreach (var path in facts.Select(f => f.Path).Distinct(StringComparer.Ordinal))
            {
                owners[path] = owners.TryGetValue(path, out var count) ? count + 1 : 1;
            }
        }

        var taken = new HashSet<string>(owners.Keys, StringComparer.Ordinal);
        foreach (var (doc, facts, notes) in documents)
        {
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = facts[i];
                if (owners[fact.Path] < 2)
                {
                    continue;
                }

                var member = Unique(fact.Member + "_" + sourceMembers[doc.DocumentPath], taken, fact.ClassName);
                notes.Add(new NamingNote(NamingNoteKind.CollisionAcrossDocuments, doc.DocumentPath, fact.Path, fact.ClassName + "." + member, fact.Evidence));
                facts[i] = fact.WithMember(member);
            }
        }
    }

    /// <summary>A valid identifier that is neither a member the generated class declares itself nor the class's own name.</summary>
    public static string SanitizeMember(string proposal, string className)
    {
        var valid = Identifier.MakeValid(proposal);
        return FactClasses.IsReservedMember(valid) || string.Equals(valid, className, StringComparison.Ordinal) ? valid + "Fact" : valid;
    }

    private static string Unique(string member, HashSet<string> used, string? scope = null)
    {
        string Key(string m) => scope is null ? m : scope + "." + m;
        if (used.Add(Key(member)))
        {
            return member;
        }

        for (var n = 2; ; n++)
        {
            var candidate = member + n.ToString(CultureInfo.InvariantCulture);
            if (used.Add(Key(candidate)))
            {
                return candidate;
            }
        }
    }
}
