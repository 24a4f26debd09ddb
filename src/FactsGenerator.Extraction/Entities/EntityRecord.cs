using System.Collections.Generic;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>One entity while a document is being read: its names, role and mentions so far.</summary>
internal sealed class EntityRecord
{
    private readonly List<string> aliases = new();

    public EntityRecord(EntityKind kind, string name, Evidence evidence)
    {
        Kind = kind;
        Name = name;
        Evidence = evidence;
    }

    public EntityKind Kind { get; }

    public string Name { get; private set; }

    public Evidence Evidence { get; private set; }

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    /// <summary>The role read with the bare name written before it as a qualifier ("lgbt activist"), kept for when
    /// that name, now the <see cref="Affiliation"/>, turns out to be no body or place; <see cref="QualifiedRoleOf"/>
    /// is the role it replaces.</summary>
    public string? OwnerQualifiedRole { get; set; }

    public string? QualifiedRoleOf { get; set; }

    public PlaceKind PlaceKind { get; set; }

    public int Mentions { get; set; }

    /// <summary>False while every mention is a country's code that only qualifies a noun ("a US peace envoy",
    /// "US-built"); countries named only that way are left out of the places.</summary>
    public bool NamedAsNoun { get; set; }

    /// <summary>Set when the record turned out to be no entity at all; it and its mentions are left out.</summary>
    public bool Discarded { get; set; }

    /// <summary>Set when this record turned out to be another name of <see cref="MergedInto"/>.</summary>
    public EntityRecord? MergedInto { get; private set; }

    public IReadOnlyList<string> Aliases => aliases;

    public EntityRecord Resolve()
    {
        var record = this;
        while (record.MergedInto is not null)
        {
            record = record.MergedInto;
        }

        return record;
    }

    /// <summary>Writes the name differently, keeping what it finds (the key of the new name must be the old one's).</summary>
    public void Rename(string name) => Name = name;

    public void AddAlias(string alias)
    {
        if (alias.Length == 0 || string.Equals(alias, Name, System.StringComparison.Ordinal) || aliases.Contains(alias))
        {
            return;
        }

        aliases.Add(alias);
    }

    /// <summary>Folds this record into <paramref name="target"/>: its name becomes an alias there.</summary>
    public void MergeInto(EntityRecord target)
    {
        if (ReferenceEquals(Resolve(), target.Resolve()))
        {
            return;
        }

        var into = target.Resolve();
        MergedInto = into;
        into.AddAlias(Name);
        foreach (var alias in aliases)
        {
            into.AddAlias(alias);
        }

        into.Mentions += Mentions;
        into.NamedAsNoun |= NamedAsNoun;
        // ("his wife Ana ... Constable Ruiz": a description of the person outweighs a relation to someone else.)
        if (RoleParser.IsRelationRole(into.Role) && RoleParser.IsDescriptionBeyondRelation(Role))
        {
            into.Role = null;
            into.Affiliation = null;
        }

        if (into.Role is null)
        {
            into.OwnerQualifiedRole = OwnerQualifiedRole;
            into.QualifiedRoleOf = QualifiedRoleOf;
        }

        into.Role ??= Role;
        into.Affiliation ??= Affiliation;
        if (Evidence.Start < into.Evidence.Start)
        {
            into.Evidence = Evidence;
        }
    }
}
