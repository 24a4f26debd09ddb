using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// The social platforms words are posted on. "X insulted them on Twitter, calling them "..."", ""...," said the
/// Facebook post", "a tweet sent from X's Twitter account, saying "..."": the platform is where the words went out, not
/// who said them. The company itself still speaks as the subject of its own verb ("Twitter said in a statement").
/// </summary>
internal static class SocialPlatforms
{
    // Names as the entity reader gives them; a closed class, so a list rather than a data set.
    private static readonly HashSet<string> Names = new(System.StringComparer.Ordinal)
    {
        "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Telegram", "Weibo", "WeChat", "Snapchat",
        "LinkedIn", "Reddit", "Threads", "Truth Social",
    };

    /// <summary>
    /// Whether the mention (whose first token is at first and last token at last) names a platform as the medium:
    /// after "on", "via", "across", "through" or a possessive ("on Twitter", "X's Twitter account"), or before a
    /// lower-case noun of what is posted there ("the Facebook post", "a YouTube video").
    /// </summary>
    public static bool IsMedium(IReadOnlyList<Token> tokens, int first, int last, EntityMention mention)
    {
        if (mention.Kind != EntityKind.Organization || !Names.Contains(mention.Record.Resolve().Name))
        {
            return false;
        }

        var before = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (before >= 0 && (tokens[before].Is("on") || tokens[before].Is("via") || tokens[before].Is("across") || tokens[before].Is("through")
            || tokens[before].Text is "'s" or "'S"))
        {
            return true;
        }

        return last + 1 < tokens.Count && tokens[last + 1].IsWord && PostedThings.Contains(tokens[last + 1].Text);
    }

    // What is posted on a platform, or where ("Facebook post", "Twitter account", "YouTube channel"); not "statement":
    // "a Facebook statement" is the company's own.
    private static readonly HashSet<string> PostedThings = new(System.StringComparer.Ordinal)
    {
        "post", "posts", "page", "account", "feed", "video", "videos", "channel", "livestream", "story", "message", "messages",
        "profile", "status", "update", "thread", "handle",
    };
}
