using Digest.Application.Publish;
using Digest.Core.Digests;
using Digest.IntegrationTests.TestSupport;
using Digest.Storage.Runtime;
using Microsoft.Extensions.Logging.Testing;

namespace Digest.IntegrationTests.Delivery;

public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Period = new(2021, 2, 20, 7, 0, 0, TimeSpan.Zero);

    private readonly RuntimeHarness _harness = new();
    private MailDevServer _mail = null!;

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        try
        {
            _mail = await MailDevServer.StartAsync();
        }
        catch
        {
            // xunit does not call DisposeAsync when InitializeAsync throws; stop the Azurite already started.
            await _harness.DisposeAsync();
            throw;
        }

        foreach (var seed in RuntimeHarness.SeedNames())
        {
            await _harness.UploadSeedAsync(seed);
        }

        await _harness.NewScanner().ScanOnceAsync(default);
    }

    public async Task DisposeAsync()
    {
        await _mail.DisposeAsync();
        await _harness.DisposeAsync();
    }

    [Fact]
    public async Task Sends_the_digest_with_its_subject_both_parts_and_every_recipient()
    {
        var smtp = _mail.Options("ann@example.org", "bob@example.org");

        var publication = await _harness.NewPublisher(smtp).PublishAsync(Period, default);

        var email = Assert.Single(await _mail.ReceivedAsync());
        Assert.Equal(publication.Subject, email.Subject);
        Assert.Contains("NATO", publication.Subject, StringComparison.Ordinal);
        Assert.Equal(["ann@example.org", "bob@example.org"], email.To.Select(to => to.Address));
        Assert.Equal("digest@example.org", Assert.Single(email.From).Address);
        Assert.Equal(await StoredAsync(publication.Paths.Html), email.Html?.TrimEnd());
        Assert.Equal(await StoredAsync(publication.Paths.Text), email.Text?.TrimEnd());
        var source = await _mail.SourceOfAsync(email);
        Assert.Contains("multipart/alternative", source, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Message-Id: <digest-202102200700@example.org>", source, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([Period], publication.Delivery.Sent);
    }

    [Fact]
    public async Task Sends_the_digest_once_per_period()
    {
        var smtp = _mail.Options();
        await _harness.NewPublisher(smtp).PublishAsync(Period, default);

        // A retry of the same occurrence by a restarted runtime.
        var again = await _harness.NewPublisher(smtp).PublishAsync(Period, default);

        Assert.Single(await _mail.ReceivedAsync());
        Assert.Empty(again.Delivery.Sent);
        Assert.Contains(RuntimeBlobPaths.Sent(Period), await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.SentPrefix));
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefix));
    }

    [Fact]
    public async Task Keeps_the_digest_when_smtp_is_down_and_sends_it_on_the_next_run()
    {
        var down = _mail.Options() with { Port = FreePort.Next() };

        var failed = await _harness.NewPublisher(down).PublishAsync(Period, default);

        Assert.Contains(failed.Paths.Html, await _harness.ListAsync(_harness.Storage.Digests));
        Assert.Equal([Period], failed.Delivery.Waiting);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.SentPrefix));
        Assert.Empty(await _mail.ReceivedAsync());

        var next = Period.AddDays(1);
        await ArriveAsync("next-day.txt");
        var later = await _harness.NewPublisher(_mail.Options()).PublishAsync(next, default);

        Assert.Equal([Period, next], later.Delivery.Sent);
        var subjects = (await _mail.ReceivedAsync()).Select(email => email.Subject).ToList();
        Assert.Equal(2, subjects.Count);
        Assert.Contains(failed.Subject, subjects);
        Assert.Contains(later.Subject, subjects);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefix));
    }

    [Fact]
    public async Task A_server_that_accepts_and_then_hangs_times_out_and_the_digest_waits_for_the_next_run()
    {
        // Accepts connections and never says a word: MailKit waits for the greeting until the timeout.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var accepted = silent.AcceptTcpClientAsync();
        var hanging = _mail.Options() with { Port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port, Timeout = TimeSpan.FromSeconds(2) };

        var failed = await _harness.NewPublisher(hanging).PublishAsync(Period, default);
        await ArriveAsync("next-day.txt");
        var later = await _harness.NewPublisher(_mail.Options()).PublishAsync(Period.AddDays(1), default);

        Assert.Equal([Period], failed.Delivery.Waiting);
        Assert.Equal([Period, Period.AddDays(1)], later.Delivery.Sent);
        Assert.Equal(2, (await _mail.ReceivedAsync()).Count);
        (await accepted).Dispose();
    }

    [Fact]
    public async Task A_digest_no_article_arrived_for_is_stored_but_not_mailed()
    {
        var logger = new FakeLogger<DigestPublisher>();
        await _harness.NewPublisher(_mail.Options()).PublishAsync(Period, default);

        var quiet = await _harness.NewPublisher(_mail.Options(), logger: logger).PublishAsync(Period.AddDays(1), default);

        Assert.Single(await _mail.ReceivedAsync());
        Assert.Contains(quiet.Paths.Html, await _harness.ListAsync(_harness.Storage.Digests));
        Assert.Contains("No new developments since 20 Feb 2021 07:00 UTC.", await StoredAsync(quiet.Paths.Html), StringComparison.Ordinal);
        Assert.Empty(quiet.Delivery.Sent);
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefix));
        Assert.Single(logger.Collector.GetSnapshot(), entry => entry.Message.Contains("stored but not mailed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_article_parsed_again_is_not_an_arrival()
    {
        await _harness.NewPublisher(_mail.Options()).PublishAsync(Period, default);

        // An edited seed is a new version of an article the reader has had, not news.
        var seed = RuntimeHarness.SeedNames().First();
        await _harness.UploadArticleAsync(seed, await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", seed)) + "\n\nThis article was corrected.");
        await _harness.NewScanner().ScanOnceAsync(default);
        var next = await _harness.NewPublisher(_mail.Options()).PublishAsync(Period.AddDays(1), default);

        Assert.Single(await _mail.ReceivedAsync());
        Assert.Empty(next.Delivery.Sent);
    }

    [Fact]
    public async Task A_digest_no_article_arrived_for_is_mailed_when_asked_to()
    {
        var sendEmpty = DigestOptions.Default with { SendWhenQuiet = true };
        await _harness.NewPublisher(_mail.Options(), sendEmpty).PublishAsync(Period, default);

        var quiet = await _harness.NewPublisher(_mail.Options(), sendEmpty).PublishAsync(Period.AddDays(1), default);

        Assert.Equal(2, (await _mail.ReceivedAsync()).Count);
        Assert.Equal([Period.AddDays(1)], quiet.Delivery.Sent);
    }

    [Fact]
    public async Task A_digest_an_article_arrived_for_is_mailed()
    {
        await _harness.NewPublisher(_mail.Options()).PublishAsync(Period, default);
        await ArriveAsync("next-day.txt");

        var next = await _harness.NewPublisher(_mail.Options()).PublishAsync(Period.AddDays(1), default);

        Assert.Equal(2, (await _mail.ReceivedAsync()).Count);
        Assert.Equal([Period.AddDays(1)], next.Delivery.Sent);
    }

    [Fact]
    public async Task An_article_that_arrived_since_the_last_digest_is_news_whatever_its_date()
    {
        await _harness.NewPublisher(_mail.Options()).PublishAsync(Period, default);

        // Undated, as a late archive often is: by publication date it could never count as new.
        await ArriveAsync("late.txt");
        var next = await _harness.NewPublisher(_mail.Options()).PublishAsync(Period.AddDays(1), default);

        var html = await StoredAsync(next.Paths.Html);
        Assert.Contains("New since 20 Feb 2021 07:00 UTC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No new developments since", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_stores_when_smtp_is_not_configured()
    {
        var publication = await _harness.NewPublisher(smtp: null).PublishAsync(Period, default);

        Assert.False(publication.Delivery.Enabled);
        Assert.Contains(publication.Paths.Html, await _harness.ListAsync(_harness.Storage.Digests));
        Assert.Empty(await _harness.ListAsync(_harness.Storage.Runtime, RuntimeBlobPaths.OutboxPrefix));
        Assert.Empty(await _mail.ReceivedAsync());
    }

    [Fact]
    public async Task The_timer_mails_the_digest_it_builds()
    {
        await _harness.NewTimer().RunDueAsync(default);
        _harness.Time.SetUtcNow(Period);

        var result = await _harness.NewTimer(_mail.Options()).RunDueAsync(default);

        var email = Assert.Single(await _mail.ReceivedAsync());
        Assert.Equal(result.Publication?.Subject, email.Subject);
    }

    /// <summary>An article arrives and is parsed, as between two digests.</summary>
    private async Task ArriveAsync(string name)
    {
        await _harness.UploadArticleAsync(name, "NATO ministers meet again\n\nNATO defence ministers met in Brussels on Thursday to discuss the alliance's training mission in Iraq, which is to grow to around 4,000 troops.");
        await _harness.NewScanner().ScanOnceAsync(default);
    }

    private async Task<string> StoredAsync(string blob) =>
        (await _harness.Storage.Digests.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToString().TrimEnd();
}
