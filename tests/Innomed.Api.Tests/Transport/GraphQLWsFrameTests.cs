using System.Text;
using System.Text.Json;
using Innomed.Api.Transport.WebSockets;

namespace Innomed.Api.Tests.Transport;

/// <summary>A <c>next</c> frame built from the operation's prefix and a shared payload is the JSON a client expects.</summary>
[Trait("Category", "Transport")]
public sealed class GraphQLWsFrameTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("sub \"quoted\" \\ é \u2028")]
    public void Given_AnOperationIdAndAPayload_When_TheFrameIsBuilt_Then_ItParsesToIdTypeAndPayload(string id)
    {
        var payload = """{"data":{"journeyUpdated":{"version":7,"type":"STEP_ADDED"}}}"""u8.ToArray();

        var frame = GraphQLWsMessageWriter.Next(GraphQLWsMessageWriter.NextPrefix(id), payload);

        using var json = JsonDocument.Parse(frame.Memory);
        json.RootElement.GetProperty("id").GetString().ShouldBe(id);
        json.RootElement.GetProperty("type").GetString().ShouldBe("next");
        json.RootElement.GetProperty("payload").GetRawText().ShouldBe(Encoding.UTF8.GetString(payload));
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "type", "payload"]);
        frame.Release();
    }
}
