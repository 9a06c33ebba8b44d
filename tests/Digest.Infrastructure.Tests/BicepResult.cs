namespace Digest.Infrastructure.Tests;

/// <summary>What one Bicep CLI run printed and how it exited.</summary>
internal sealed record BicepResult(int ExitCode, string Output, string Error);
