using System.Globalization;
using System.Text;

namespace FactsGenerator.Extraction.Library.Json;

/// <summary>
/// Writes indented JSON with a fixed layout (two spaces, "\n" line ends, properties in the order written), so a
/// lock file written twice from the same facts is byte-identical and diffs well in review.
/// </summary>
public sealed class JsonWriter
{
    private readonly StringBuilder builder = new();
    private int depth;
    private bool first = true;

    public JsonWriter StartObject(string? name = null) => Open('{', name);

    public JsonWriter EndObject() => Close('}');

    public JsonWriter StartArray(string? name = null) => Open('[', name);

    public JsonWriter EndArray() => Close(']');

    public JsonWriter String(string name, string? value) => Raw(name, value is null ? "null" : Quote(value));

    public JsonWriter Number(string name, decimal value) => Raw(name, NumberFormat.ToInvariantString(value));

    public JsonWriter Number(string name, int value) => Raw(name, value.ToString(CultureInfo.InvariantCulture));

    public JsonWriter Boolean(string name, bool value) => Raw(name, value ? "true" : "false");

    public JsonWriter Null(string name) => Raw(name, "null");

    public JsonWriter StringValue(string value) => Raw(null, Quote(value));

    public override string ToString() => builder.ToString() + "\n";

    private JsonWriter Open(char bracket, string? name)
    {
        Prefix(name);
        builder.Append(bracket);
        depth++;
        first = true;
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        depth--;
        if (!first)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }

        builder.Append(bracket);
        first = false;
        return this;
    }

    private JsonWriter Raw(string? name, string value)
    {
        Prefix(name);
        builder.Append(value);
        first = false;
        return this;
    }

    private void Prefix(string? name)
    {
        if (depth > 0)
        {
            builder.Append(first ? "\n" : ",\n").Append(' ', depth * 2);
        }

        if (name is not null)
        {
            builder.Append(Quote(name)).Append(": ");
        }

    }

    /// <summary>A JSON string literal; non-ASCII text is kept as is (readable diffs), only what JSON requires is escaped.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' || IsLoneSurrogate(value, i))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    // Paired surrogates are written as they are; a lone one is escaped so the file stays valid UTF-8.
    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
