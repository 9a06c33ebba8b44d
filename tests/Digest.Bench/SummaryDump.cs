using Digest.Core.Summaries;

namespace Digest.Bench;

/// <summary>
/// Every article of some folders (sidecars applied), parsed and written one summary per line as JSON, in name order:
/// two dumps of the same folders diff to exactly the articles whose summaries a change of the parser changed.
/// </summary>
internal static class SummaryDump
{
    public static int Run(string output, IEnumerable<string> directories)
    {
        using var writer = new StreamWriter(output);
        var count = 0;
        foreach (var directory in directories)
        {
            foreach (var summary in ArticleFolder.Parse(directory))
            {
                writer.WriteLine(StoredJson.Serialize(summary));
                count++;
            }
        }

        Console.WriteLine($"{count} summaries written to {output}");
        return 0;
    }
}
