// Stub of the public API of Microsoft.Azure.Functions.Worker 2.x and its Blobs 6.x and Timer 4.x extensions: only
// the members the app uses, with the real namespaces, names and signatures. Not the real packages.
#pragma warning disable CA1019, CA1813, CS9113
namespace Microsoft.Azure.Functions.Worker;

/// <summary>Stub: marks a method as a function.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FunctionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Stub: binds a parameter to the blob that triggered the function.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class BlobTriggerAttribute(string blobPath) : Attribute
{
    public string BlobPath { get; } = blobPath;

    public string? Connection { get; set; }

    public BlobTriggerSource Source { get; set; }
}

/// <summary>Stub: how the host learns of new blobs.</summary>
public enum BlobTriggerSource
{
    LogsAndContainerScan = 0,
    EventGrid = 1,
}

/// <summary>Stub: binds a parameter to a timer schedule.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class TimerTriggerAttribute(string schedule) : Attribute
{
    public string Schedule { get; } = schedule;

    public bool RunOnStartup { get; set; }

    public bool UseMonitor { get; set; } = true;
}

/// <summary>Stub: the retry policy attribute the worker applies to timer functions.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExponentialBackoffRetryAttribute(int maxRetryCount, string minimumInterval, string maximumInterval) : Attribute
{
    public int MaxRetryCount { get; } = maxRetryCount;

    public string MinimumInterval { get; } = minimumInterval;

    public string MaximumInterval { get; } = maximumInterval;
}

/// <summary>Stub: what a timer trigger passes.</summary>
public class TimerInfo
{
    public ScheduleStatus? ScheduleStatus { get; set; }

    public bool IsPastDue { get; set; }
}

/// <summary>Stub: the timer's persisted status.</summary>
public class ScheduleStatus
{
    public DateTime Last { get; set; }

    public DateTime Next { get; set; }

    public DateTime LastUpdated { get; set; }
}
