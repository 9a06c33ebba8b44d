namespace Digest.Cli.Hosting;

/// <summary>Progress of a batch on standard error: a redrawn bar on a terminal, occasional lines when redirected.</summary>
public sealed class ConsoleProgress(string verb, int total)
{
    private readonly Lock _gate = new();
    private int _done;

    public void Advance(string item)
    {
        lock (_gate)
        {
            _done++;
            if (!Console.IsErrorRedirected)
            {
                const int width = 30;
                var filled = total == 0 ? width : _done * width / total;
                Console.Error.Write($"\r{verb} [{new string('#', filled)}{new string(' ', width - filled)}] {_done}/{total} ");
                if (_done == total)
                {
                    Console.Error.WriteLine();
                }
            }
            else if (total <= 20 || _done == total || _done % Math.Max(1, total / 10) == 0)
            {
                Console.Error.WriteLine($"{verb} {_done}/{total}: {item}");
            }
        }
    }
}
