namespace Digest.IntegrationTests.TestSupport;

/// <summary>A message MailDev received, as its REST API describes it.</summary>
public sealed record ReceivedEmail(string Id, string Subject, string? Html, string? Text, IReadOnlyList<MailDevAddress> From, IReadOnlyList<MailDevAddress> To);
