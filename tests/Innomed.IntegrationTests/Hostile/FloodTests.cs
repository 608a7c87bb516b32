using System.Net;
using System.Net.WebSockets;

namespace Innomed.IntegrationTests.Hostile;

/// <summary>One caller flooding: they get 429 RATE_LIMITED with Retry-After; everybody else is served as before.</summary>
[Collection(HostileCollection.Name)]
[Trait("Category", "Hostile")]
public sealed class FloodTests(HostileFixture fixture)
{
    [Fact]
    public async Task Given_OneUser_When_SendingFarMoreThanTheBurstAtOnce_Then_SurplusGets429WithRetryAfterAndOthersAreServed()
    {
        var token = fixture.Token(HostileFixture.FloodGp);
        // Beyond the burst plus what refills while a slow machine sends them (9 s at 100 /s).
        var flood = HostileFixture.UserBurst + 9 * HostileFixture.UserPerSecond;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, flood).Select(_ => fixture.Http.PostAsync("{ __typename }", token: token)));

        var refused = outcomes.Where(o => o.Status == HttpStatusCode.TooManyRequests).ToList();
        refused.Count.ShouldBeGreaterThan(0);
        refused.ShouldAllBe(o => o.Code == "RATE_LIMITED");
        int.Parse(refused[0].Headers.RetryAfter!.ToString()).ShouldBeGreaterThanOrEqualTo(1);
        refused[0].Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        outcomes.Where(o => o.Status != HttpStatusCode.TooManyRequests).ShouldAllBe(o => o.Status == HttpStatusCode.OK);
        await fixture.AssertServingAndUnchangedAsync();

        await Task.Delay(TimeSpan.FromSeconds(1.1));
        (await fixture.Http.PostAsync("{ __typename }", token: token)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_OneAddress_When_OpeningMoreSocketsThanItsQuota_Then_UpgradesBeyondItGet429()
    {
        var open = new List<ClientWebSocket>();
        try
        {
            var statuses = await Task.WhenAll(Enumerable.Range(0, HostileFixture.SocketsPerAddress + 8)
                .Select(_ => RawSocket.TryUpgradeAsync(fixture.Host.BaseAddress, open)));

            statuses.Count(s => s == 101).ShouldBeLessThanOrEqualTo(HostileFixture.SocketsPerAddress);
            statuses.Count(s => s == 429).ShouldBeGreaterThanOrEqualTo(8);
        }
        finally
        {
            foreach (var socket in open)
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                socket.Dispose();
            }
        }

        // Closed sockets give their places back.
        await Eventually(async () =>
        {
            await using var socket = await RawSocket.ConnectAsync(fixture.Host.BaseAddress);
            await socket.InitAsync(fixture.Token(HostileFixture.Gp));
        });
        await fixture.AssertServingAndUnchangedAsync();
    }

    private static async Task Eventually(Func<Task> attempt)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                await attempt();
                return;
            }
            catch (WebSocketException) when (i < 20)
            {
                await Task.Delay(100);
            }
        }
    }
}
