using System.Web;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Digest.Cli.Tests.TestSupport;
using Digest.LocalRuntime.Azurite;

namespace Digest.Cli.Tests.Commands;

/// <summary>
/// A whole run with recognisable secrets — a storage SAS, an SMTP password and a webhook URL's token, with the mail server
/// and the webhook's receiver down so failures are logged (the webhook's after all its retries), at Debug so every trace
/// is written — leaves none of them in its output, its logs, its files or any blob it wrote.
/// </summary>
public sealed class SecretsTests
{
    private const string SmtpPassword = "FAKE-SMTP-SECRET-7731";
    private const string WebhookToken = "FAKE-WEBHOOK-TOKEN-4419";

    [Fact]
    public async Task No_secret_reaches_logs_digests_summaries_or_runtime_records()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var service = new BlobServiceClient(azurite.ConnectionString);
        var sas = service.GenerateAccountSasUri(AccountSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1), AccountSasResourceTypes.All);
        var signature = HttpUtility.ParseQueryString(sas.Query)["sig"]!;
        var work = Directory.CreateTempSubdirectory("digest-secrets-");
        var output = Path.Combine(work.FullName, "out");

        var (exitCode, log) = await RunAsync(
            work.FullName,
            ["run", "--once", "--upload", Path.Combine(AppContext.BaseDirectory, "Seeds"), "--out", output],
            ("AzureWebJobsStorage", $"BlobEndpoint={service.Uri};SharedAccessSignature={sas.Query.TrimStart('?')}"),
            ("Smtp__Host", "127.0.0.1"),
            ("Smtp__Port", CliProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Smtp__TlsMode", "None"),
            ("Smtp__User", "digest"),
            ("Smtp__Password", SmtpPassword),
            ("Smtp__From", "digest@example.org"),
            ("Smtp__To", "ann@example.org"),
            ("DigestWebhookUrl", $"http://127.0.0.1:{CliProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)}/services/T0/B0/{WebhookToken}"),
            ("DIGEST_LOG_LEVEL", "Debug"));

        Assert.Equal(0, exitCode);
        Assert.Contains("could not be sent by email", log, StringComparison.Ordinal);
        Assert.Contains("could not be sent by webhook through 127.0.0.1:", log, StringComparison.Ordinal);
        var written = new List<(string Where, string Text)> { ("the command's output and logs", log) };
        written.AddRange(Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(file => (file, File.ReadAllText(file))));
        await foreach (var container in service.GetBlobContainersAsync())
        {
            var client = service.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                written.Add(($"{container.Name}/{blob.Name}", System.Text.Encoding.Latin1.GetString(content)));
            }
        }

        foreach (var secret in new[] { signature, Uri.EscapeDataString(signature), SmtpPassword, WebhookToken })
        {
            Assert.All(written, item => Assert.False(item.Text.Contains(secret, StringComparison.Ordinal), $"{item.Where} holds a secret: {Around(item.Text, secret)}"));
        }
    }

    private static string Around(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        return at < 0 ? string.Empty : text[Math.Max(0, at - 300)..Math.Min(text.Length, at + 50)];
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, string[] arguments, params (string Name, string Value)[] environment)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(workingDirectory, arguments, environment);
        return (exitCode, output + error);
    }
}
