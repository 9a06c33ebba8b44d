using System.Reflection;

namespace Digest.Bench;

/// <summary>
/// Where the repository and the shared benchmark data are, compiled in: BenchmarkDotNet runs benchmarks from a
/// generated project in another folder, so paths relative to the running program would not hold there.
/// </summary>
public static class BenchPaths
{
    public static string Repository { get; } =
        typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Shared => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "bench"));
}
