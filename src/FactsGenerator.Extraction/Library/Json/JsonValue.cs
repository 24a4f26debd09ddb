using System.Collections.Generic;

namespace FactsGenerator.Extraction.Library.Json;

/// <summary>The kinds of JSON value.</summary>
public enum JsonKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A parsed JSON value with the position where it starts, so problems in a lock file can be reported at the
/// right line. Numbers keep their source text (decimal parsing is the caller's choice); objects keep their
/// properties in document order.
/// </summary>
public sealed class JsonValue
{
    private JsonValue(JsonKind kind, int offset, int line, int column)
    {
        Kind = kind;
        Offset = offset;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }

    /// <summary>0-based character offset of the value's first character.</summary>
    public int Offset { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the value's first character.</summary>
    public int Column { get; }

    /// <summary>The string, the number's source text, or "true"/"false".</summary>
    public string Text { get; private set; } = string.Empty;

    public IReadOnlyList<JsonValue> Items { get; private set; } = new JsonValue[0];

    public IReadOnlyList<KeyValuePair<string, JsonValue>> Properties { get; private set; } = new KeyValuePair<string, JsonValue>[0];

    /// <summary>The value of the first property called <paramref name="name"/>, or null.</summary>
    public JsonValue? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Key == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    internal static JsonValue Scalar(JsonKind kind, string text, int offset, int line, int column) =>
        new(kind, offset, line, column) { Text = text };

    internal static JsonValue Array(List<JsonValue> items, int offset, int line, int column) =>
        new(JsonKind.Array, offset, line, column) { Items = items };

    internal static JsonValue Object(List<KeyValuePair<string, JsonValue>> properties, int offset, int line, int column) =>
        new(JsonKind.Object, offset, line, column) { Properties = properties };
}
