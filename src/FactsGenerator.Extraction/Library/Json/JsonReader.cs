using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactsGenerator.Extraction.Library.Json;

/// <summary>Raised by <see cref="JsonReader"/> for malformed JSON, with the 1-based position of the problem.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int offset, int line, int column)
        : base(message)
    {
        Offset = offset;
        Line = line;
        Column = column;
    }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>
/// A small strict JSON (RFC 8259) parser for lock files. It lives here rather than using System.Text.Json so the
/// generator (netstandard2.0, loaded inside the compiler) has no extra runtime dependency to pack.
/// </summary>
public sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;
    private int line = 1;
    private int lineStart;

    private JsonReader(string text)
    {
        this.text = text;
    }

    /// <summary>Parses a whole document; throws <see cref="JsonSyntaxException"/> when it is not valid JSON.</summary>
    public static JsonValue Parse(string text)
    {
        var reader = new JsonReader(text);
        if (reader.position < text.Length && text[reader.position] == '\uFEFF')
        {
            reader.position++;
            reader.lineStart = 1;
        }

        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader.position < text.Length)
        {
            throw reader.Error("unexpected text after the end of the JSON value");
        }

        return value;
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("the JSON is nested too deeply");
        }

        if (position >= text.Length)
        {
            throw Error("unexpected end of the file; a value was expected");
        }

        var (offset, valueLine, column) = (position, line, position - lineStart + 1);
        var c = text[position];
        switch (c)
        {
            case '{':
                return ReadObject(depth, offset, valueLine, column);
            case '[':
                return ReadArray(depth, offset, valueLine, column);
            case '"':
                return JsonValue.Scalar(JsonKind.String, ReadString(), offset, valueLine, column);
            case 't':
                ExpectWord("true");
                return JsonValue.Scalar(JsonKind.Boolean, "true", offset, valueLine, column);
            case 'f':
                ExpectWord("false");
                return JsonValue.Scalar(JsonKind.Boolean, "false", offset, valueLine, column);
            case 'n':
                ExpectWord("null");
                return JsonValue.Scalar(JsonKind.Null, "null", offset, valueLine, column);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return JsonValue.Scalar(JsonKind.Number, ReadNumber(), offset, valueLine, column);
                }

                throw Error($"unexpected character '{c}'");
        }
    }

    private JsonValue ReadObject(int depth, int offset, int valueLine, int column)
    {
        position++;
        var properties = new List<KeyValuePair<string, JsonValue>>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            position++;
            return JsonValue.Object(properties, offset, valueLine, column);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("a property name in double quotes was expected");
            }

            var name = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            properties.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth + 1)));
            SkipWhitespace();
            if (Peek() == ',')
            {
                position++;
                continue;
            }

            Expect('}');
            return JsonValue.Object(properties, offset, valueLine, column);
        }
    }

    private JsonValue ReadArray(int depth, int offset, int valueLine, int column)
    {
        position++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            position++;
            return JsonValue.Array(items, offset, valueLine, column);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                position++;
                continue;
            }

            Expect(']');
            return JsonValue.Array(items, offset, valueLine, column);
        }
    }

    private string ReadString()
    {
        position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("unterminated string");
            }

            var c = text[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                position--;
                throw Error("control characters must be escaped in strings");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                throw Error("unterminated string");
            }

            var escape = text[position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (position + 4 > text.Length || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("\\u must be followed by four hexadecimal digits");
                    }

                    builder.Append((char)code);
                    position += 4;
                    break;
                default:
                    position--;
                    throw Error($"unknown escape '\\{escape}'");
            }
        }
    }

    private string ReadNumber()
    {
        var start = position;
        if (Peek() == '-')
        {
            position++;
        }

        if (!ReadDigits())
        {
            throw Error("a digit was expected");
        }

        if (Peek() == '.')
        {
            position++;
            if (!ReadDigits())
            {
                throw Error("a digit was expected after the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            position++;
            if (Peek() is '+' or '-')
            {
                position++;
            }

            if (!ReadDigits())
            {
                throw Error("a digit was expected in the exponent");
            }
        }

        return text.Substring(start, position - start);
    }

    private bool ReadDigits()
    {
        var start = position;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            position++;
        }

        return position > start;
    }

    private void ExpectWord(string word)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0)
        {
            throw Error($"'{word}' was expected");
        }

        position += word.Length;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error(position >= text.Length ? $"unexpected end of the file; '{c}' was expected" : $"'{c}' was expected but found '{text[position]}'");
        }

        position++;
    }

    private char Peek() => position < text.Length ? text[position] : '\0';

    private void SkipWhitespace()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\n')
            {
                line++;
                lineStart = position + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            position++;
        }
    }

    private JsonSyntaxException Error(string message) =>
        new($"invalid JSON at line {line}, column {position - lineStart + 1}: {message}", position, line, position - lineStart + 1);
}
