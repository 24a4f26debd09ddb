using System;
using System.IO;
using FactsGenerator.Pipeline;
using FactsGenerator.Tests.Lock;

namespace FactsGenerator.Cli.Tests;

/// <summary>A temporary folder of documents and a way to run <c>facts</c> in it with the fixed-rule engine.</summary>
public sealed class CommandRunner : IDisposable
{
    public CommandRunner()
    {
        Folder = Path.Combine(Path.GetTempPath(), "facts-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "docs"));
    }

    public string Folder { get; }

    public string Docs => Path.Combine(Folder, "docs");

    public string LockPath => Path.Combine(Folder, "facts.lock.json");

    public string Write(string name, string text)
    {
        var path = Path.Combine(Docs, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string LockText => File.ReadAllText(LockPath);

    /// <summary>Runs <c>facts ARGS</c>; the CLI and the generator it runs for the C# preview both use <see cref="RuleEngine"/>.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        ExtractedDocument.EngineOverride.Value = RuleEngine.Extract;
        DocumentResult.EngineOverride.Value = RuleEngine.Extract;
        try
        {
            return (Program.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            ExtractedDocument.EngineOverride.Value = null;
            DocumentResult.EngineOverride.Value = null;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
