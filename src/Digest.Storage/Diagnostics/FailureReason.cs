using Azure;

namespace Digest.Storage.Diagnostics;

/// <summary>
/// One line saying why an operation failed, for logs of conditions an operator expects (a mail server or the storage
/// account down): the innermost cause's message, not a 20 KB stack trace per attempt. The trace goes to Debug.
/// </summary>
public static class FailureReason
{
    /// <summary>Longest reason kept: enough for any cause's own message, short enough for one log line.</summary>
    private const int MaxLength = 300;

    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception;
        while (cause is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            cause = aggregate.InnerExceptions[0];
        }

        // The outermost message says what failed (Azure's names the request); the innermost why (DNS, refused, reset).
        var innermost = cause;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        var what = cause is RequestFailedException { Status: > 0 } failed ? $"{failed.Status} {failed.ErrorCode}" : FirstLine(cause.Message);
        var reason = innermost == cause ? what : $"{what}: {FirstLine(innermost.Message)}";
        reason = $"{reason} ({innermost.GetType().Name})";
        return reason.Length <= MaxLength ? reason : reason[..MaxLength] + "…";
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
