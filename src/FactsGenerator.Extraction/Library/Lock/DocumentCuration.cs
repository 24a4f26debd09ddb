using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>
/// Applies the lock file and then the curation rules to one document's extracted facts: locked facts keep their
/// member and type, lost evidence and changed values are reported, excluded facts go, added facts come, renames
/// and recategorisations win over inference. Pure: the generator and <c>facts</c> share it.
/// </summary>
public static class DocumentCuration
{
    public static CuratedDocument Apply(string path, string name, string text, DocumentFacts facts, LockFile? lockFile, CancellationToken cancellationToken = default)
    {
        if (lockFile is null)
        {
            return CuratedDocument.Unlocked(path, name, facts);
        }

        var work = new Work(path, text, facts, cancellationToken);
        work.ApplyLock(lockFile.Facts.Where(e => e.Document == work.FileName).ToList());
        for (var r = 0; r < lockFile.Curation.Count; r++)
        {
            var rule = lockFile.Curation[r];
            if ((rule.Document is null || rule.Document == work.FileName) && work.ApplyRule(rule))
            {
                work.MatchedRules.Add(r);
            }
        }

        return work.Build(name);
    }

    /// <summary>One fact while the document is curated: extracted or built from the lock file or a rule.</summary>
    private sealed class Item
    {
        public Item(FactKind kind, object fact, FactSpec spec, string proposedPath)
        {
            Kind = kind;
            Fact = fact;
            Spec = spec;
            ProposedPath = proposedPath;
        }

        public FactKind Kind { get; }

        public object Fact { get; set; }

        public FactSpec Spec { get; }

        public string ProposedPath { get; }

        public FactPin? Pin { get; set; }

        public bool Removed { get; set; }

        public string CurrentPath => Pin is null ? ProposedPath : Pin.ClassName + "." + Pin.Member;

        public Evidence Evidence => Fact switch
        {
            QuantityFact q => q.Evidence,
            PersonFact p => p.Evidence,
            PlaceFact p => p.Evidence,
            OrganizationFact o => o.Evidence,
            QuoteFact q => q.Evidence,
            _ => ((DateFact)Fact).Evidence,
        };
    }

    private sealed class Work
    {
        private readonly string path;
        private readonly DocumentFacts facts;
        private readonly List<Item> items = new();
        private readonly List<LockNote> notes = new();
        private readonly string text;
        private readonly CancellationToken cancellationToken;
        private TextLocator? locator;

        public Work(string path, string text, DocumentFacts facts, CancellationToken cancellationToken)
        {
            this.path = path;
            this.text = text;
            this.cancellationToken = cancellationToken;
            this.facts = facts;
            FileName = System.IO.Path.GetFileName(path);
            // Rules and the matcher see the names a build without lock file shows for this document (collisions
            // within it already suffixed: "Killed2"), not the raw proposals.
            var proposals = FactNaming.Propose(facts).ToEquatableArray();
            var named = NameResolver.Resolve(new[] { new DocumentNames(path, FileName, proposals) })[0].Facts;
            foreach (var proposal in named)
            {
                items.Add(new Item(proposal.Kind, FactAt(proposal.Kind, proposal.Index), FactValues.SpecOf(facts, proposal.Kind, proposal.Index), proposal.Path));
            }
        }

        public string FileName { get; }

        public List<int> MatchedRules { get; } = new();

        // The text is analysed only when a fact must be found in it (kept, added), not for every build.
        private TextLocator Locator => locator ??= new TextLocator(text, cancellationToken);

        public void ApplyLock(List<LockEntry> entries)
        {
            var extracted = items.ToList();
            var factOf = LockMatcher.Match(entries, extracted.Select(i => new MatchCandidate(i.Spec, i.ProposedPath)).ToList());
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                if (factOf[e] >= 0)
                {
                    Pin(extracted[factOf[e]], entry);
                }
                else if (!entry.Excluded)
                {
                    Keep(entry);
                }
            }
        }

        private void Pin(Item item, LockEntry entry)
        {
            if (entry.Excluded)
            {
                // Keeps the excluded fact under its locked name, so the next lock file records it the same way.
                item.Pin = new FactPin(item.Kind, -1, entry.ClassName, entry.MemberName, entry.Type, PinOrigin.Lock, null);
                item.Removed = true;
                return;
            }

            string? type = entry.Type;
            if (!FactValues.SameValue(entry.Fact, item.Spec))
            {
                notes.Add(Note(LockNoteKind.ValueChanged, DocumentSpan(item.Evidence), entry.Member, FileName,
                    FactValues.Display(entry.Fact), entry.Fact.Sentence, FactValues.Display(item.Spec), item.Spec.Sentence));
            }

            if (item.Fact is QuantityFact q)
            {
                item.Fact = q = WithCategoryOf(q, entry.ClassName);
                if (FactValues.Accept(q, entry.Type) is null)
                {
                    notes.Add(Note(LockNoteKind.TypeChanged, DocumentSpan(item.Evidence), entry.Member, FileName, entry.Type, FactValues.QuantityType(q)));
                    type = null;
                }
            }

            item.Pin = new FactPin(item.Kind, -1, entry.ClassName, entry.MemberName, type, PinOrigin.Lock, entry.ConflictOf);
        }

        private void Keep(LockEntry entry)
        {
            var evidence = entry.Fact.Sentence.Length > 0 && Locator.Contains(entry.Fact.Sentence) ? Locator.Locate(entry.Fact.Evidence, entry.Fact.Sentence) : null;
            if (evidence is null)
            {
                notes.Add(Note(LockNoteKind.EvidenceMissing, entry.At, entry.Member, FileName, entry.Fact.Sentence));
                return;
            }

            var item = Build(entry.Fact, entry.ClassName, entry.MemberName, evidence);
            item.Pin = new FactPin(item.Kind, -1, entry.ClassName, entry.MemberName, entry.Type, PinOrigin.Lock, entry.ConflictOf);
            items.Add(item);
            notes.Add(Note(LockNoteKind.KeptFromLock, DocumentSpan(evidence), entry.Member, FileName, FactValues.Display(entry.Fact)));
        }

        /// <summary>Applies a rule to this document; true when it applied to something here.</summary>
        public bool ApplyRule(CurationRule rule)
        {
            switch (rule.Action)
            {
                case CurationAction.Add:
                    Add(rule);
                    return true;
                case CurationAction.Exclude:
                    return ForEachNamed(rule.Member, null, item => item.Removed = true, includeRemoved: true);
                case CurationAction.Rename:
                    var to = rule.To!;
                    return ForEachNamed(rule.Member, to.IndexOf('.') >= 0 ? to : rule.Member.Substring(0, rule.Member.IndexOf('.') + 1) + to, item =>
                    {
                        var target = to.IndexOf('.') >= 0 ? to : item.CurrentPath.Substring(0, item.CurrentPath.IndexOf('.') + 1) + to;
                        if (!LockFileReader.IsValidPath(target, item.Kind))
                        {
                            notes.Add(Note(LockNoteKind.InvalidRule, rule.At, $"cannot rename '{rule.Member}' to '{to}': '{target}' is not a member path of a {FactKinds.ToName(item.Kind)}"));
                            return;
                        }

                        Repin(item, target);
                    });
                default:
                    Vocabulary.TryParseCategory(rule.Category, out var category);
                    var className = FactClasses.ForCategory(category);
                    var moved = className + rule.Member.Substring(Math.Max(0, rule.Member.IndexOf('.')));
                    return ForEachNamed(rule.Member, moved, item =>
                    {
                        if (item.Kind != FactKind.Quantity)
                        {
                            notes.Add(Note(LockNoteKind.InvalidRule, rule.At, $"cannot recategorize '{rule.Member}': only quantities have categories"));
                            return;
                        }

                        Repin(item, className + item.CurrentPath.Substring(item.CurrentPath.IndexOf('.')));
                    });
            }
        }

        /// <summary>Runs <paramref name="apply"/> on the facts named <paramref name="member"/> (or already named <paramref name="done"/>: rules stay valid after the lock file records their result).</summary>
        private bool ForEachNamed(string member, string? done, Action<Item> apply, bool includeRemoved = false)
        {
            var any = false;
            foreach (var item in items)
            {
                // An exclusion the lock file already records still counts as the rule matching.
                if ((includeRemoved || !item.Removed) && (item.CurrentPath == member || (done is not null && item.CurrentPath == done)))
                {
                    apply(item);
                    any = true;
                }
            }

            return any;
        }

        private void Repin(Item item, string target)
        {
            var dot = target.IndexOf('.');
            var className = target.Substring(0, dot);
            if (item.Fact is QuantityFact q)
            {
                item.Fact = WithCategoryOf(q, className);
            }

            item.Pin = new FactPin(item.Kind, -1, className, target.Substring(dot + 1), item.Pin?.LockedType, item.Pin?.Origin == PinOrigin.Manual ? PinOrigin.Manual : PinOrigin.Curation, item.Pin?.ConflictOf);
        }

        private void Add(CurationRule rule)
        {
            var spec = rule.Fact!;
            var evidence = Locator.Locate(spec.Evidence, spec.Sentence);
            if (evidence is null)
            {
                notes.Add(Note(LockNoteKind.ManualEvidenceMissing, rule.At, rule.Member, FileName, spec.Evidence));
                return;
            }

            var dot = rule.Member.IndexOf('.');
            var item = Build(spec, rule.Member.Substring(0, dot), rule.Member.Substring(dot + 1), evidence);
            item.Pin = new FactPin(item.Kind, -1, rule.Member.Substring(0, dot), rule.Member.Substring(dot + 1), null, PinOrigin.Manual, null);
            items.Add(item);
        }

        /// <summary>A fact rebuilt from its description, read at <paramref name="evidence"/>.</summary>
        private static Item Build(FactSpec spec, string className, string member, Evidence evidence) =>
            new(spec.Kind, FactBuilder.FromSpec(spec, className, member, evidence), spec with { Evidence = evidence.Text, Sentence = evidence.Sentence }, className + "." + member);

        public CuratedDocument Build(string name)
        {
            var kept = items.Where(i => !i.Removed).ToList();
            var pins = new List<FactPin>();
            var next = new Dictionary<FactKind, int>();
            foreach (var item in kept)
            {
                next.TryGetValue(item.Kind, out var index);
                next[item.Kind] = index + 1;
                if (item.Pin is not null)
                {
                    pins.Add(item.Pin with { Index = index });
                }
            }

            var curated = facts with
            {
                Quantities = Of<QuantityFact>(kept),
                People = Of<PersonFact>(kept),
                Places = Of<PlaceFact>(kept),
                Organizations = Of<OrganizationFact>(kept),
                Quotes = Of<QuoteFact>(kept),
                Dates = Of<DateFact>(kept),
            };
            var excluded = items.Where(i => i.Removed && i.Pin?.Origin != PinOrigin.Manual)
                .Select(i => new LockEntry(FileName, i.CurrentPath, i.Fact is QuantityFact q ? FactValues.QuantityType(q) : FactValues.RecordTypeOf(i.Kind), i.Spec, true, null, null));
            return new CuratedDocument(path, name, curated, pins.ToEquatableArray(), notes.ToEquatableArray(), MatchedRules.ToEquatableArray(), true)
            {
                Excluded = excluded.ToEquatableArray(),
            };
        }

        private static EquatableArray<T> Of<T>(List<Item> kept)
            where T : IEquatable<T> => kept.Select(i => i.Fact).OfType<T>().ToEquatableArray();

        private object FactAt(FactKind kind, int index) => kind switch
        {
            FactKind.Quantity => facts.Quantities[index],
            FactKind.Person => facts.People[index],
            FactKind.Place => facts.Places[index],
            FactKind.Organization => facts.Organizations[index],
            FactKind.Quote => facts.Quotes[index],
            _ => facts.Dates[index],
        };

        private static QuantityFact WithCategoryOf(QuantityFact q, string className) =>
            FactClasses.CategoryOf(className) is { } category && category != q.Category ? q with { Category = category } : q;

        private SourceSpan DocumentSpan(Evidence evidence) => new(path, evidence.Start, evidence.Length, evidence.Line, evidence.Column);

        private static LockNote Note(LockNoteKind kind, SourceSpan? at, params string[] arguments) => new(kind, at, arguments.ToEquatableArray());
    }
}
