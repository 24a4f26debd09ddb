using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace FactsGenerator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file convention: <c>Snapshots/NAME.verified.cs</c> beside the test holds
/// the approved text; a mismatch writes <c>NAME.received.cs</c> and fails; a missing snapshot fails too.
/// Set FACTS_ACCEPT_SNAPSHOTS=1 to accept the received text.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "FACTS_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        if (accept)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(received, actual);
            Assert.Fail($"No snapshot {verified}. Review {received} and accept it with {AcceptVariable}=1.");
        }

        var expected = File.ReadAllText(verified).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"Snapshot mismatch: compare {received} with {verified}; accept with {AcceptVariable}=1.\n" + FirstDifference(expected, actual));
        }

        File.Delete(received);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  verified: {e}\n  received: {a}";
            }
        }

        return string.Empty;
    }
}
