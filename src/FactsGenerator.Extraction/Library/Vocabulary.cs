using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library;

/// <summary>The schema vocabulary shared by the JSON output and the generated documentation.</summary>
public static class Vocabulary
{
    /// <summary>exact | more_than | at_least | about | up_to | fewer_than | vague.</summary>
    public static string ToSchema(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtLeast => "at_least",
        Qualifier.About => "about",
        Qualifier.UpTo => "up_to",
        Qualifier.FewerThan => "fewer_than",
        _ => "vague",
    };

    /// <summary>casualties | displacement | duration | population | money | military | other.</summary>
    public static string ToSchema(this QuantityCategory category) => category switch
    {
        QuantityCategory.Casualties => "casualties",
        QuantityCategory.Displacement => "displacement",
        QuantityCategory.Duration => "duration",
        QuantityCategory.Population => "population",
        QuantityCategory.Money => "money",
        QuantityCategory.Military => "military",
        _ => "other",
    };

    /// <summary>Words for documentation: "more than", "about", "exactly".</summary>
    public static string ToWords(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exactly",
        Qualifier.MoreThan => "more than",
        Qualifier.AtLeast => "at least",
        Qualifier.About => "about",
        Qualifier.UpTo => "up to",
        Qualifier.FewerThan => "fewer than",
        _ => "an unstated number of",
    };

    /// <summary>Reads a schema qualifier ("more_than"); false for an unknown word.</summary>
    public static bool TryParseQualifier(string? text, out Qualifier qualifier)
    {
        foreach (Qualifier candidate in System.Enum.GetValues(typeof(Qualifier)))
        {
            if (candidate.ToSchema() == text)
            {
                qualifier = candidate;
                return true;
            }
        }

        qualifier = Qualifier.Vague;
        return false;
    }

    /// <summary>Reads a schema category ("military"); false for an unknown word.</summary>
    public static bool TryParseCategory(string? text, out QuantityCategory category)
    {
        foreach (QuantityCategory candidate in System.Enum.GetValues(typeof(QuantityCategory)))
        {
            if (candidate.ToSchema() == text)
            {
                category = candidate;
                return true;
            }
        }

        category = QuantityCategory.Other;
        return false;
    }
}
