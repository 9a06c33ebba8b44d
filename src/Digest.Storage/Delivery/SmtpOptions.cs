using System.Globalization;
using MimeKit;

namespace Digest.Storage.Delivery;

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
    public const string HostKey = "Smtp__Host";
    public const string PortKey = "Smtp__Port";
    public const string TlsModeKey = "Smtp__TlsMode";
    public const string UserKey = "Smtp__User";
    public const string PasswordKey = "Smtp__Password";
    public const string FromKey = "Smtp__From";
    public const string ToKey = "Smtp__To";

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
        string? Value(string key) => setting(key) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        if (Value(HostKey) is not { } host)
        {
            return null;
        }

        var tlsMode = DefaultTlsMode;
        if (Value(TlsModeKey) is { } mode && !(Enum.TryParse(mode, ignoreCase: true, out tlsMode) && Enum.IsDefined(tlsMode)))
        {
            throw new FormatException($"{TlsModeKey} must be one of None, StartTls, SslOnConnect, Auto, not \"{mode}\".");
        }

        var port = tlsMode == SmtpTlsMode.SslOnConnect ? 465 : 587;
        if (Value(PortKey) is { } portText
            && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new FormatException($"{PortKey} must be a port number (1-65535), not \"{portText}\".");
        }

        var from = Value(FromKey) ?? throw new FormatException($"{HostKey} is set, so {FromKey} (the sender address) is required.");
        var to = (Value(ToKey) ?? string.Empty)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (to.Length == 0)
        {
            throw new FormatException($"{HostKey} is set, so {ToKey} (comma-separated recipient addresses) is required.");
        }

        foreach (var address in to.Prepend(from))
        {
            if (!MailboxAddress.TryParse(address, out _))
            {
                throw new FormatException($"\"{address}\" is not an email address ({FromKey}, {ToKey}).");
            }
        }

        return new SmtpOptions(host, port, tlsMode, Value(UserKey), setting(PasswordKey), from, to);
    }

    // The password must never reach a log line through the record's generated ToString.
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port} ({TlsMode}) as {User ?? "anonymous"}, from {From} to {string.Join(", ", To)}");
}
