using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The Earth and the Moon, where a craft lands or returns to, are places (see "Celestial bodies" in the
/// extraction conventions).</summary>
internal sealed partial class DocumentEntityReader
{
    // Words after "Earth" that make it a measure or a region of space, not the body itself ("33 Earth days", "low Earth
    // orbit", "three Earth masses").
    private static readonly HashSet<string> EarthMeasureWords = Lexicon.Set(
        "orbit orbits orbital day days year years hour hours mass masses radius radii");

    // Space stories write the body where a craft lands or returns ("landed on the moon", "returned to Earth"): the name
    // is a place. "moon" counts only after "the" ("a full moon", "a moon of Jupiter" name none), not in "over the moon"
    // (delighted), and not before a capitalised word ("the Moon Express" is a longer name). "Earth" counts only as a
    // whole name of its own, not inside a longer one ("Earth Day", "Friends of the Earth"), before a hyphen
    // ("Earth-based") or as a measure ("Earth days"); lower-case "earth" ("on earth", "rare earth") is soil or emphasis.
    // Outside a story about space the words are mostly figures of speech ("we went to the moon", "one of Earth's
    // wonders", "on this Earth"), so the story must name a craft, a crew or a body of the sky first.
    private void AddCelestialBodies()
    {
        if (!TellsOfSpace())
        {
            return;
        }

        foreach (var (sentence, chunks) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if ((IsTheMoon(tokens, i) || IsTheEarth(tokens, i, chunks)))
                {
                    var existing = registry.Find(tokens[i].Text);
                    if (existing is null || existing.Kind == EntityKind.Place)
                    {
                        registry.Mention(EntityKind.Place, existing?.Name ?? tokens[i].Text, sentence, tokens[i].Start, tokens[i].End);
                    }
                }
            }
        }
    }

    // Words of space flight and astronomy: one of them in the story's body makes it a story about space. ("the planet"
    // alone is the world of a story about climate or nature: "the lungs of the planet".)
    private static readonly HashSet<string> SpaceWords = Lexicon.Set(
        "spacecraft spaceship spaceflight astronaut astronauts cosmonaut cosmonauts lander landers rover rovers lunar " +
        "orbiter orbit orbiting exoplanet exoplanets asteroid asteroids comet telescope astronomer astronomers");

    private bool TellsOfSpace()
    {
        foreach (var (sentence, _) in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (SpaceWords.Contains(token.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsTheMoon(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text is "moon" or "Moon" && i > 0 && tokens[i - 1].Is("the") && !(i > 1 && tokens[i - 2].Is("over"))
        && !(i + 1 < tokens.Count && (NameChunker.IsNameWord(tokens[i + 1]) || RoleParser.IsGluedHyphen(tokens, i + 1)));

    private static bool IsTheEarth(IReadOnlyList<Token> tokens, int i, List<NameChunk> chunks)
    {
        if (tokens[i].Text != "Earth" || (i + 1 < tokens.Count && (NameChunker.IsNameWord(tokens[i + 1]) || RoleParser.IsGluedHyphen(tokens, i + 1)
            || EarthMeasureWords.Contains(tokens[i + 1].Text))))
        {
            return false;
        }

        // "on this Earth", "our Earth": a determiner of feeling makes a figure of speech.
        if (i > 0 && (tokens[i - 1].Is("this") || tokens[i - 1].Is("our")))
        {
            return false;
        }

        // "Friends of the Earth": "the Earth" closing a name after "of".
        if (i > 2 && tokens[i - 1].Is("the") && tokens[i - 2].Is("of") && NameChunker.IsNameWord(tokens[i - 3]))
        {
            return false;
        }

        foreach (var chunk in chunks)
        {
            if (chunk.First <= i && i <= chunk.Last)
            {
                // The chunk is the name alone, or "The Earth" opening a sentence.
                return chunk.Last == i && (chunk.First == i || (chunk.First == i - 1 && tokens[i - 1].Is("the")));
            }
        }

        return i == 0 || !NameChunker.IsNameWord(tokens[i - 1]) || tokens[i - 1].Is("the");
    }
}
