using System;
using System.Collections.Generic;
using System.Globalization;
using FactsGenerator.Extraction.Library.Json;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>
/// Reads a lock file. Never throws: malformed JSON makes the whole file unusable (one problem at the error's
/// position); a malformed entry or rule is skipped with a problem at its position and the rest is used.
/// </summary>
public static class LockFileReader
{
    public static LockFileParse Read(string path, string text)
    {
        var problems = new List<LockProblem>();
        JsonValue root;
        try
        {
            root = JsonReader.Parse(text);
        }
        catch (JsonSyntaxException e)
        {
            problems.Add(new LockProblem(e.Message, new SourceSpan(path, e.Offset, 0, e.Line, e.Column)));
            return new LockFileParse(null, problems.ToEquatableArray());
        }

        if (root.Kind != JsonKind.Object)
        {
            problems.Add(Problem(path, root, "a lock file is a JSON object with \"version\", \"facts\" and \"curation\""));
            return new LockFileParse(null, problems.ToEquatableArray());
        }

        var version = root["version"];
        if (version is not null && (version.Kind != JsonKind.Number || version.Text != LockFile.CurrentVersion.ToString(CultureInfo.InvariantCulture)))
        {
            problems.Add(Problem(path, version, $"unsupported lock file version {version.Text}; this FactsGenerator reads version {LockFile.CurrentVersion}"));
            return new LockFileParse(null, problems.ToEquatableArray());
        }

        foreach (var property in root.Properties)
        {
            if (property.Key is not ("version" or "facts" or "curation" or "$comment"))
            {
                problems.Add(Problem(path, property.Value, $"unknown property \"{property.Key}\" (expected version, facts, curation)"));
            }
        }

        var entries = new List<LockEntry>();
        foreach (var item in Items(path, root["facts"], "facts", problems))
        {
            var entry = ReadEntry(path, item, problems);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        var rules = new List<CurationRule>();
        foreach (var item in Items(path, root["curation"], "curation", problems))
        {
            var rule = ReadRule(path, item, problems);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return new LockFileParse(new LockFile(path, LockFile.CurrentVersion, entries.ToEquatableArray(), rules.ToEquatableArray()), problems.ToEquatableArray());
    }

    private static IEnumerable<JsonValue> Items(string path, JsonValue? array, string name, List<LockProblem> problems)
    {
        if (array is null || array.Kind == JsonKind.Null)
        {
            return Array.Empty<JsonValue>();
        }

        if (array.Kind != JsonKind.Array)
        {
            problems.Add(Problem(path, array, $"\"{name}\" must be an array"));
            return Array.Empty<JsonValue>();
        }

        return array.Items;
    }

    private static LockEntry? ReadEntry(string path, JsonValue item, List<LockProblem> problems)
    {
        var error = new List<string>();
        var document = RequiredString(item, "document", error);
        var member = RequiredString(item, "member", error);
        var type = RequiredString(item, "type", error);
        var spec = ReadSpec(item, error, requireSentence: true);
        if (member is not null && spec is not null && !IsValidPath(member, spec.Kind))
        {
            error.Add($"\"member\" '{member}' is not a member path of a {FactKinds.ToName(spec.Kind)} (Class.Member, e.g. Casualties.Killed or People.JaneDoe)");
        }

        if (error.Count > 0 || document is null || member is null || type is null || spec is null)
        {
            problems.Add(Problem(path, item, "fact entry skipped: " + string.Join("; ", error)));
            return null;
        }

        return new LockEntry(document, member, type, spec, Bool(item, "excluded"), OptionalString(item, "conflict"), Span(path, item));
    }

    private static CurationRule? ReadRule(string path, JsonValue item, List<LockProblem> problems)
    {
        var error = new List<string>();
        var actionText = RequiredString(item, "action", error);
        var member = RequiredString(item, "member", error);
        var document = OptionalString(item, "document");
        var to = OptionalString(item, "to");
        var category = OptionalString(item, "category");
        FactSpec? spec = null;
        CurationAction action = CurationAction.Rename;
        switch (actionText)
        {
            case null:
                break;
            case "rename":
                if (to is null || to.Length == 0)
                {
                    error.Add("a rename needs \"to\" (the new member name)");
                }

                break;
            case "exclude":
                action = CurationAction.Exclude;
                break;
            case "recategorize":
                action = CurationAction.Recategorize;
                if (!Vocabulary.TryParseCategory(category, out _))
                {
                    error.Add("a recategorize needs \"category\": casualties, displacement, duration, population, money, military or other");
                }

                break;
            case "add":
                action = CurationAction.Add;
                spec = ReadSpec(item, error, requireSentence: false);
                if (document is null)
                {
                    error.Add("an added fact needs \"document\" (the file name of the document that contains its evidence)");
                }

                if (member is not null && spec is not null && !IsValidPath(member, spec.Kind))
                {
                    error.Add($"\"member\" '{member}' is not a member path of a {FactKinds.ToName(spec.Kind)}");
                }

                break;
            default:
                error.Add($"unknown action '{actionText}' (rename, exclude, recategorize, add)");
                break;
        }

        if (error.Count > 0 || member is null)
        {
            problems.Add(Problem(path, item, "curation rule skipped: " + string.Join("; ", error)));
            return null;
        }

        return new CurationRule(action, member, document, to, category, spec, Span(path, item));
    }

    private static FactSpec? ReadSpec(JsonValue item, List<string> error, bool requireSentence)
    {
        var kindText = OptionalString(item, "kind") ?? "quantity";
        if (!FactKinds.TryParse(kindText, out var kind))
        {
            error.Add($"unknown kind '{kindText}' (quantity, person, place, organization, quote, date)");
            return null;
        }

        var evidence = RequiredString(item, "evidence", error);
        var sentence = requireSentence ? RequiredString(item, "sentence", error) : OptionalString(item, "sentence");
        string? value;
        string? upper = null;
        if (kind == FactKind.Quantity)
        {
            value = OptionalNumber(item, "value", error);
            upper = OptionalNumber(item, "upper", error);
            var qualifier = OptionalString(item, "qualifier");
            if (qualifier is not null && !Vocabulary.TryParseQualifier(qualifier, out _))
            {
                error.Add($"unknown qualifier '{qualifier}'");
            }
        }
        else
        {
            value = RequiredString(item, "value", error);
        }

        return evidence is null ? null : new FactSpec(kind, value, upper, OptionalString(item, "qualifier"), OptionalString(item, "unit"),
            OptionalString(item, "about"), OptionalString(item, "speaker"), evidence, sentence ?? string.Empty);
    }

    /// <summary>"Class.Member" with a class that holds this kind and a valid identifier as member.</summary>
    public static bool IsValidPath(string path, FactKind kind)
    {
        var dot = path.IndexOf('.');
        if (dot <= 0 || dot != path.LastIndexOf('.'))
        {
            return false;
        }

        var member = path.Substring(dot + 1);
        return FactKinds.IsClassOf(kind, path.Substring(0, dot)) && Naming.Identifier.MakeValid(member) == member;
    }

    private static string? RequiredString(JsonValue item, string name, List<string> error)
    {
        var value = item.Kind == JsonKind.Object ? item[name] : null;
        if (value is null || value.Kind != JsonKind.String)
        {
            error.Add($"\"{name}\" (a string) is required");
            return null;
        }

        return value.Text;
    }

    private static string? OptionalString(JsonValue item, string name)
    {
        var value = item.Kind == JsonKind.Object ? item[name] : null;
        return value is not null && value.Kind == JsonKind.String ? value.Text : null;
    }

    private static string? OptionalNumber(JsonValue item, string name, List<string> error)
    {
        var value = item.Kind == JsonKind.Object ? item[name] : null;
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        var number = value.Kind is JsonKind.Number or JsonKind.String ? FactValues.ParseNumber(value.Text) : null;
        if (number is null)
        {
            error.Add($"\"{name}\" must be a number");
            return null;
        }

        return FactValues.Number(number);
    }

    private static bool Bool(JsonValue item, string name) => item.Kind == JsonKind.Object && item[name] is { Kind: JsonKind.Boolean, Text: "true" };

    private static SourceSpan Span(string path, JsonValue value) => new(path, value.Offset, 1, value.Line, value.Column);

    private static LockProblem Problem(string path, JsonValue at, string message) => new(message, Span(path, at));
}
