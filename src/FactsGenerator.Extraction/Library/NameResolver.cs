using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Naming;

namespace FactsGenerator.Extraction.Library;

/// <summary>The proposed names of one document.</summary>
public sealed record DocumentNames(string DocumentPath, string DocumentName, EquatableArray<NamedFact> Proposals)
{
    public string FileName => System.IO.Path.GetFileName(DocumentPath);

    /// <summary>The curation rules (by index in the lock file) that applied to this document.</summary>
    public EquatableArray<int> MatchedRules { get; init; }

    /// <summary>What the document is about (<see cref="DocumentTopics"/>): only related documents share or contest a fact.</summary>
    public EquatableArray<string> Topics { get; init; }
}

/// <summary>The final names of one document: its member in <c>Facts.Sources</c>, its facts' members, and the notes.</summary>
public sealed record ResolvedDocument(string DocumentPath, string SourceMember, EquatableArray<NamedFact> Facts, EquatableArray<NamingNote> Notes)
{
    /// <summary>The curation rules (by index in the lock file) that applied to this document.</summary>
    public EquatableArray<int> MatchedRules { get; init; }
}

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
            var notes = new List<NamingNote>();
            if (sourceNotes.TryGetValue(document.DocumentPath, out var sourceNote))
            {
                notes.Add(sourceNote);
            }
            perDocument.Add((document, ResolveWithinDocument(document, notes), notes));
        }

        ResolveAcrossDocuments(perDocument, sourceMembers);

        return perDocument
            .Select(d => new ResolvedDocument(d.Doc.DocumentPath, sourceMembers[d.Doc.DocumentPath], d.Facts.ToEquatableArray(), d.Notes.ToEquatableArray()) { MatchedRules = d.Doc.MatchedRules })
            .ToList();
    }

    private static Dictionary<string, string> AssignSourceMembers(List<DocumentNames> ordered, out Dictionary<string, NamingNote> notes)
    {
        notes = new Dictionary<string, NamingNote>(StringComparer.Ordinal);
        var used = new MemberClaims(new HashSet<string>(StringComparer.Ordinal));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            var proposal = SanitizeMember(Identifier.ToPascalCase(document.DocumentName), FactClasses.Sources);
            var member = used.Unique(proposal);
            if (member != proposal)
            {
                notes[document.DocumentPath] = new NamingNote(NamingNoteKind.DocumentNameCollision, document.DocumentPath, FactClasses.Sources + "." + proposal, FactClasses.Sources + "." + member, null);
            }

            result[document.DocumentPath] = member;
        }

        return result;
    }

    /// <summary>Pinned names (lock file, curation) claim their member first, so an inferred name never displaces them.</summary>
    private static List<NamedFact> ResolveWithinDocument(DocumentNames document, List<NamingNote> notes)
    {
        var used = new MemberClaims(new HashSet<string>(StringComparer.Ordinal));
        var facts = new NamedFact[document.Proposals.Count];
        foreach (var pinnedPass in new[] { true, false })
        {
            for (var i = 0; i < facts.Length; i++)
            {
                var proposal = document.Proposals[i];
                if (proposal.Pinned != pinnedPass)
                {
                    continue;
                }

                var valid = SanitizeMember(proposal.Member, proposal.ClassName);
                if (valid != proposal.Member)
                {
                    notes.Add(new NamingNote(NamingNoteKind.Sanitized, document.DocumentPath, proposal.Path, proposal.ClassName + "." + valid, proposal.Evidence));
                }

                var unique = used.Unique(valid, proposal.ClassName);
                if (unique != valid)
                {
                    notes.Add(new NamingNote(NamingNoteKind.CollisionInDocument, document.DocumentPath, proposal.ClassName + "." + valid, proposal.ClassName + "." + unique, proposal.Evidence));
                }

                facts[i] = proposal.WithMember(unique);
            }
        }

        return facts.ToList();
    }

    /// <summary>
    /// Facts of several related documents (<see cref="DocumentTopics.Related"/>) that share a member path (or a recorded
    /// conflict path) are the same fact when their values agree: one member, declared by the first document, with every
    /// document's evidence. When related documents disagree each value keeps its own document-qualified member (a pinned
    /// one keeps its name) and the conflict is reported. Unrelated documents' facts are distinct: each keeps a
    /// document-qualified member, with neither corroboration nor conflict.
    /// </summary>
    private static void ResolveAcrossDocuments(List<(DocumentNames Doc, List<NamedFact> Facts, List<NamingNote> Notes)> documents, Dictionary<string, string> sourceMembers)
    {
        var byKey = new Dictionary<string, List<(int Doc, int Fact)>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var claims = new MemberClaims(taken);
        for (var d = 0; d < documents.Count; d++)
        {
            for (var f = 0; f < documents[d].Facts.Count; f++)
            {
                var fact = documents[d].Facts[f];
                taken.Add(fact.Path);
                var key = fact.ConflictOf ?? fact.Path;
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = new List<(int, int)>();
                }

                list.Add((d, f));
            }
        }

        foreach (var key in byKey.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var members = byKey[key];
            NamedFact Get((int Doc, int Fact) at) => documents[at.Doc].Facts[at.Fact];
            void Set((int Doc, int Fact) at, NamedFact fact) => documents[at.Doc].Facts[at.Fact] = fact;

            // A fact without a value key (proposed outside the curation step) cannot be proven the same fact as
            // another: each keeps its own document-qualified member, without a conflict.
            var comparable = members.All(m => Get(m).Value.Length > 0);
            var cluster = Clusters(members, documents);
            var groups = comparable
                ? members.GroupBy(m => (cluster[m.Doc], SameFactKey(Get(m)))).Select(g => g.ToList()).ToList()
                : members.Select(m => new List<(int Doc, int Fact)> { m }).ToList();

            // A cluster of related documents with more than one value is a conflict; other clusters are just other facts.
            var contested = new HashSet<int>(groups.GroupBy(g => cluster[g[0].Doc]).Where(c => c.Count() > 1).Select(c => c.Key));
            if (members.Select(m => m.Doc).Distinct().Count() < 2 || groups.Count == 1)
            {
                foreach (var m in members)
                {
                    Set(m, Get(m) with { ConflictOf = null });
                }

                if (members.Count > 1 && members.All(m => Get(m).Path == Get(members[0]).Path))
                {
                    Merge(documents, members);
                }

                continue;
            }

            var keeper = groups.FindIndex(g => g.Any(m => Get(m).Pinned && Get(m).Path == key));
            var targets = new List<string>();
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                var first = Get(group[0]);
                string target;
                if (g == keeper)
                {
                    target = key;
                }
                else if (group.All(m => Get(m).Pinned && Get(m).Path != key && Get(m).Path == first.Path))
                {
                    target = first.Path;
                }
                else
                {
                    var dot = key.IndexOf('.');
                    var member = claims.Unique(key.Substring(dot + 1) + "_" + sourceMembers[documents[group[0].Doc].Doc.DocumentPath], key.Substring(0, dot));
                    target = key.Substring(0, dot + 1) + member;
                }

                targets.Add(target);
                foreach (var m in group)
                {
                    var fact = Get(m);
                    var targetDot = target.IndexOf('.');
                    if (fact.Path != target)
                    {
                        documents[m.Doc].Notes.Add(new NamingNote(NamingNoteKind.CollisionAcrossDocuments, documents[m.Doc].Doc.DocumentPath, fact.Path, target, fact.Evidence));
                    }

                    Set(m, fact with { ClassName = target.Substring(0, targetDot), Member = target.Substring(targetDot + 1), ConflictOf = comparable && contested.Contains(cluster[m.Doc]) ? key : null });
                }

                if (group.Count > 1)
                {
                    Merge(documents, group);
                }
            }

            if (!comparable)
            {
                continue;
            }

            foreach (var contestedCluster in contested.OrderBy(c => c))
            {
                var disagreeing = Enumerable.Range(0, groups.Count).Where(g => cluster[groups[g][0].Doc] == contestedCluster).ToList();
                var detail = string.Join("; ", disagreeing.Select(g => documents[groups[g][0].Doc].Doc.FileName + ": " + Get(groups[g][0]).ValueText + " \u201C" + Get(groups[g][0]).Evidence.Sentence + "\u201D"));
                var at = groups[disagreeing[1]][0];
                documents[at.Doc].Notes.Add(new NamingNote(NamingNoteKind.Conflict, documents[at.Doc].Doc.DocumentPath, key, string.Join(", ", disagreeing.Select(g => targets[g])), Get(at).Evidence) { Detail = detail });
            }
        }
    }

    /// <summary>
    /// What must be equal for two related documents' facts of one member to be the same fact. People, places and
    /// organisations with one member are one entity whatever the spelling ("U.S.", "United States"); other facts
    /// must agree on their value.
    /// </summary>
    private static string SameFactKey(NamedFact fact) =>
        fact.Kind is FactKind.Person or FactKind.Place or FactKind.Organization ? fact.Kind.ToString() : fact.Value;

    /// <summary>
    /// Groups the documents stating one fact into clusters: each document joins the first cluster whose first document
    /// it is related to, else starts one. Not transitive on purpose: a chain of loosely related documents (A shares a
    /// name with B, B another with C) is not one event. Each document maps to its cluster's first document index.
    /// </summary>
    private static Dictionary<int, int> Clusters(List<(int Doc, int Fact)> members, List<(DocumentNames Doc, List<NamedFact> Facts, List<NamingNote> Notes)> documents)
    {
        var cluster = new Dictionary<int, int>();
        var firsts = new List<int>();

        // Related documents share a topic (or both have none), so only clusters whose first document has one of this
        // document's topics can take it: an index by topic keeps a fact stated by many documents linear.
        var clustersByTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var firstWithoutTopics = -1;

        // A bare measure ("Figures.Percent") of one document neither confirms nor contradicts another's.
        var specific = members.All(m => documents[m.Doc].Facts[m.Fact].Specific);
        foreach (var doc in members.Select(m => m.Doc).Distinct().OrderBy(d => d))
        {
            var topics = documents[doc].Doc.Topics;
            var joined = specific ? FirstRelatedCluster(topics, firsts, clustersByTopic, firstWithoutTopics, documents) : -1;
            if (joined >= 0)
            {
                cluster[doc] = firsts[joined];
                continue;
            }

            var created = firsts.Count;
            firsts.Add(doc);
            cluster[doc] = doc;
            if (topics.Count == 0 && firstWithoutTopics < 0)
            {
                firstWithoutTopics = created;
            }

            foreach (var topic in topics)
            {
                if (!clustersByTopic.TryGetValue(topic, out var list))
                {
                    clustersByTopic[topic] = list = new List<int>();
                }

                list.Add(created);
            }
        }

        return cluster;
    }

    /// <summary>The earliest cluster whose first document is related to a document with these topics, or -1.</summary>
    private static int FirstRelatedCluster(EquatableArray<string> topics, List<int> firsts, Dictionary<string, List<int>> clustersByTopic, int firstWithoutTopics,
        List<(DocumentNames Doc, List<NamedFact> Facts, List<NamingNote> Notes)> documents)
    {
        if (topics.Count == 0)
        {
            return firstWithoutTopics;
        }

        var candidates = new SortedSet<int>();
        foreach (var topic in topics)
        {
            if (clustersByTopic.TryGetValue(topic, out var list))
            {
                candidates.UnionWith(list);
            }
        }

        foreach (var candidate in candidates)
        {
            if (DocumentTopics.Related(documents[firsts[candidate]].Doc.Topics, topics))
            {
                return candidate;
            }
        }

        return -1;
    }

    /// <summary>One member for the same fact in several documents: the first declares it, every one lists all evidence.</summary>
    private static void Merge(List<(DocumentNames Doc, List<NamedFact> Facts, List<NamingNote> Notes)> documents, List<(int Doc, int Fact)> members)
    {
        var evidence = members.Select(m => new SourcedEvidence(documents[m.Doc].Doc.FileName, documents[m.Doc].Facts[m.Fact].Evidence)).ToEquatableArray();
        for (var i = 0; i < members.Count; i++)
        {
            var (d, f) = members[i];
            // Only the declaring document carries every evidence: copying the list into each of K documents would make
            // the output (and the re-emission after an edit) grow with K squared.
            documents[d].Facts[f] = documents[d].Facts[f] with { Declares = i == 0, Corroboration = i == 0 ? evidence : EquatableArray<SourcedEvidence>.Empty };
        }
    }

    /// <summary>A valid identifier that is neither a member the generated class declares itself nor the class's own name.</summary>
    public static string SanitizeMember(string proposal, string className)
    {
        var valid = Identifier.MakeValid(proposal);
        return FactClasses.IsReservedMember(valid) || string.Equals(valid, className, StringComparison.Ordinal) ? valid + "Fact" : valid;
    }

    /// <summary>
    /// Claims of member names: the first claimant keeps a name, later ones get the smallest free numeric suffix.
    /// Remembers where each name's suffix search stopped, so many equal proposals (200 "report.txt") stay linear.
    /// </summary>
    private sealed class MemberClaims
    {
        private readonly HashSet<string> used;
        private readonly Dictionary<string, int> nextSuffix = new(StringComparer.Ordinal);

        public MemberClaims(HashSet<string> used) => this.used = used;

        public string Unique(string member, string? scope = null)
        {
            var key = scope is null ? member : scope + "." + member;
            if (used.Add(key))
            {
                return member;
            }

            // Claims only grow, so every suffix below the one where the last search stopped is still taken.
            var n = nextSuffix.TryGetValue(key, out var next) ? next : 2;
            while (true)
            {
                var candidate = member + n.ToString(CultureInfo.InvariantCulture);
                n++;
                if (used.Add(scope is null ? candidate : scope + "." + candidate))
                {
                    nextSuffix[key] = n;
                    return candidate;
                }
            }
        }
    }
}
