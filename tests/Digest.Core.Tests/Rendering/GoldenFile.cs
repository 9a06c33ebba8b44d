using System.Runtime.CompilerServices;

namespace Digest.Core.Tests.Rendering;

/// <summary>Compares output with a file under TestFiles/Rendering; with DIGEST_UPDATE_GOLDEN=1 it rewrites the file in the source tree instead.</summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        if (Environment.GetEnvironmentVariable("DIGEST_UPDATE_GOLDEN") == "1")
        {
            var sourceFolder = Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "TestFiles", "Rendering");
            File.WriteAllText(Path.Combine(sourceFolder, name), actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "TestFiles", "Rendering", name);
        Assert.True(File.Exists(path), $"Golden file {name} is missing; run the tests with DIGEST_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
