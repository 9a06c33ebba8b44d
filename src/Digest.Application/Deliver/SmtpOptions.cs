using System.Globalization;
using Digest.Storage.Settings;
using MimeKit;

namespace Digest.Application.Deliver;

/// <summary>Where and as whom digests are sent: any standard SMTP server or relay, with or without authentication.</summary>
public sealed record SmtpOptions(
    string Host,
    int Port,
    SmtpTlsMode TlsMode,
    string? User,
    string? Password,
    string From,
    IReadOnlyList<string> To)
{
    public const SmtpTlsMode DefaultTlsMode = SmtpTlsMode.StartTls;

    /// <summary>How long one SMTP operation may take before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Reads the <c>Smtp__*</c> settings through <paramref name="setting"/> (given the flat name, as the Functions app
    /// sees it). Returns null when <c>Smtp__Host</c> is not set: delivery is off. Throws when it is set but the rest
    /// cannot make a valid message, so a misconfiguration shows at start, not at the first digest.
    /// </summary>
    public static SmtpOptions? Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        string? Value(string key) => SettingValue.Text(setting, key);

        if (Value(SettingNames.SmtpHost) is not { } host)
        {
            return null;
        }

        var tlsMode = DefaultTlsMode;
        if (Value(SettingNames.SmtpTlsMode) is { } mode && !(Enum.TryParse(mode, ignoreCase: true, out tlsMode) && Enum.IsDefined(tlsMode)))
        {
            throw new FormatException($"{SettingNames.SmtpTlsMode} must be one of None, StartTls, SslOnConnect, Auto, not \"{mode}\".");
        }

        var port = SettingValue.WholeNumber(setting, SettingNames.SmtpPort, 1, 65535, "a port number (1-65535)")
            ?? (tlsMode == SmtpTlsMode.SslOnConnect ? 465 : 587);

        var from = Value(SettingNames.SmtpFrom) ?? throw new FormatException($"{SettingNames.SmtpHost} is set, so {SettingNames.SmtpFrom} (the sender address) is required.");
        var to = (Value(SettingNames.SmtpTo) ?? string.Empty)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (to.Length == 0)
        {
            throw new FormatException($"{SettingNames.SmtpHost} is set, so {SettingNames.SmtpTo} (comma-separated recipient addresses) is required.");
        }

        foreach (var address in to.Prepend(from))
        {
            // MimeKit reads "not-an-address" as a bare local part; mail needs a domain to reach anyone.
            if (!MailboxAddress.TryParse(address, out var mailbox) || mailbox.Address.IndexOf('@', StringComparison.Ordinal) is var at && (at <= 0 || at == mailbox.Address.Length - 1))
            {
                throw new FormatException($"\"{address}\" is not an email address ({SettingNames.SmtpFrom}, {SettingNames.SmtpTo}).");
            }
        }

        return new SmtpOptions(host, port, tlsMode, Value(SettingNames.SmtpUser), setting(SettingNames.SmtpPassword), from, to);
    }

    // The password must never reach a log line through the record's generated ToString.
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port} ({TlsMode}) as {User ?? "anonymous"}, from {From} to {string.Join(", ", To)}");
}
