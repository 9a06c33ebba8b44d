using System.Globalization;
using Digest.Core.Dates;

namespace Digest.Core.Tests.Dates;

/// <summary>
/// DateStringParser against the cases in TestFiles/Dates/date-strings.tsv. The cases are data, as Markdig keeps its spec,
/// so that adding one is adding a line, and a failure names the line.
/// </summary>
public sealed class DateStringParserSpecTests
{
    private const string NoDate = "-";
    private const string UrlMarker = "url";

    public static TheoryData<int, string, string, bool> Cases
    {
        get
        {
            var cases = new TheoryData<int, string, string, bool>();
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestFiles", "Dates", "date-strings.tsv"));
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#'))
                {
                    continue;
                }

                var columns = lines[i].Split('\t');
                if (columns.Length is < 2 or > 3 || (columns.Length == 3 && columns[2] != UrlMarker))
                {
                    throw new InvalidDataException($"date-strings.tsv line {i + 1}: expected input, day or {NoDate}, and optionally {UrlMarker}, tab-separated.");
                }

                cases.Add(i + 1, columns[0], columns[1], columns.Length == 3);
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_day_the_spec_gives(int line, string input, string expected, bool isUrl)
    {
        var read = isUrl ? DateStringParser.TryParseUrl(input, out var date) : DateStringParser.TryParse(input, out date);

        var actual = read ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : NoDate;
        Assert.True(expected == actual, $"date-strings.tsv line {line}: \"{input}\" read as {actual}, expected {expected}.");
    }
}
