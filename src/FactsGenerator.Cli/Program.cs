using System;
using System.IO;

namespace FactsGenerator.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        return args[0] switch
        {
            "extract" => ExtractCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr),
            "lock" => LockCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr),
            _ => Fail(stderr, $"error: unknown command '{args[0]}'. Commands: extract, lock."),
        };
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.Write(Usage.Text);
        return ExitCodes.Usage;
    }
}

internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}

internal static class Usage
{
    public const string Text =
        "usage: facts extract PATH... [--format table|json|csharp] [--out DIR] [--published yyyy-MM-dd] [--namespace NS] [--lock FILE]\n" +
        "       facts lock PATH... [--lock FILE] [--check] [--published yyyy-MM-dd]\n" +
        "  PATH       a document (.txt, .md) or a folder of documents (searched recursively)\n" +
        "  --format   table (default): readable tables; json: one object per document (gold-file shape);\n" +
        "             csharp: exactly the C# the generator emits for these documents\n" +
        "  --out DIR  write DIR/NAME.json (json), DIR/NAME.txt (table) or DIR/*.g.cs (csharp) instead of stdout\n" +
        "  --published  the publication date used to resolve weekdays (like the Published metadata)\n" +
        "  --namespace  the namespace of the csharp preview (default FactsPreview), like FactsNamespace\n" +
        "  --lock FILE  the lock file (default facts.lock.json): extract applies its pins and curation;\n" +
        "             lock writes it from the documents, keeping its pins and curation rules\n" +
        "  --check    (lock) write nothing; list the changes and exit with 1 if the lock file is out of date\n";
}
