using System.Net.Sockets;

namespace Innomed.IntegrationTests.Infrastructure;

[Collection(RedisCollection.Name)]
[Trait("Category", "Integration")]
public sealed class RedisServerTests(RedisServer redis)
{
    [Fact]
    public async Task Given_RunningRedis_When_StoppedAndStartedAgain_Then_ItAnswersOnTheSamePort()
    {
        var port = redis.Port;
        (await RespondsAsync(port)).ShouldBeTrue();

        await redis.StopAsync();
        (await RespondsAsync(port)).ShouldBeFalse();

        await redis.StartAsync();
        redis.Port.ShouldBe(port);
        (await RespondsAsync(port)).ShouldBeTrue();
    }

    private static async Task<bool> RespondsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return read > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
