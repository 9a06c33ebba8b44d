namespace Digest.IntegrationTests.TestSupport;

/// <summary>An address in MailDev's API: the address and its display name.</summary>
public sealed record MailDevAddress(string Address, string? Name);
