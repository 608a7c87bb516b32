using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.Infrastructure;

namespace Innomed.IntegrationTests.Messaging;

/// <summary>
/// Two gateway nodes (each co-hosting a silo of one PostgreSQL cluster) with Redis: a message sent
/// through A reaches a conversation subscriber on B; a document uploaded through A (stored in
/// PostgreSQL) is downloaded through B. Anonymous callers act as the system here (no sign-in needed).
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class MessagingAcrossNodesTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Fact]
    public async Task GivenTwoGatewaysOnPostgresAndRedis_WhenAMessageAndADocumentGoThroughA_ThenBDeliversThemLive()
    {
        var database = await postgres.CreateDatabaseAsync();
        Dictionary<string, string?> Node(bool seed) => new()
        {
            ["ConnectionStrings:Innomed"] = database,
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Innomed:SeedDemo"] = seed ? "true" : "false",
            ["Innomed:AllowAnonymousAsSystem"] = "true",
        };
        await using var a = await InnomedProcess.StartAsync(Node(seed: true));
        await using var b = await InnomedProcess.StartAsync(Node(seed: false));
        var journey = await JourneyScript.StartAsync(a, "Noeuds");

        await using var subscriber = await GraphQLWsClient.ConnectAsync(b.BaseAddress);
        await subscriber.SubscribeAsync("c", "subscription($j: ID!) { conversationUpdated(journeyId: $j) { type message { sequence text } } }",
            new { j = journey });
        await b.WaitForSubscriptionsAsync(1);
        await Task.Delay(TimeSpan.FromSeconds(1)); // B's Redis channel subscription is set up at start; give it a moment on a busy machine

        var sent = (await a.DataAsync("mutation($j: ID!) { sendMessage(input: { journeyId: $j, text: \"Par Redis\" }) { sequence } }",
            new { j = journey }))["sendMessage"]!;
        sent["sequence"]!.GetValue<int>().ShouldBe(1);
        JsonNode update;
        do update = (await subscriber.NextDataAsync(TimeSpan.FromSeconds(30)))["conversationUpdated"]!;
        while (update["type"]!.GetValue<string>() != "MESSAGE");
        update["message"]!["text"]!.GetValue<string>().ShouldBe("Par Redis");

        using var httpA = new HttpClient { BaseAddress = a.BaseAddress };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress };
        var bytes = Encoding.UTF8.GetBytes("Compte rendu stocké dans PostgreSQL.\n");
        using var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var uploaded = await httpA.PostAsync($"/documents?journeyId={journey}&kind=LETTER&name=lettre.txt", body);
        uploaded.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        var url = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["downloadUrl"]!.GetValue<string>();
        (await httpB.GetByteArrayAsync(url)).ShouldBe(bytes);
        var file = (await b.DataAsync("query($j: ID!) { journey(id: $j) { patientFile { documents { kind name } } } }", new { j = journey }))
            ["journey"]!["patientFile"]!["documents"]!.AsArray();
        file.Single()!["kind"]!.GetValue<string>().ShouldBe("LETTER");
    }
}
