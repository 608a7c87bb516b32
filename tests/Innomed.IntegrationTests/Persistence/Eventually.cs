namespace Innomed.IntegrationTests.Persistence;

internal static class Eventually
{
    /// <summary>Polls until the probe returns a value that satisfies the condition, or fails with the last value.</summary>
    public static async Task<T> SatisfiesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout, string because)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await probe();
            if (condition(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting until {because}; last value: {value}");
            }

            await Task.Delay(250);
        }
    }
}
