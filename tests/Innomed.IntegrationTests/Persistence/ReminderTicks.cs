namespace Innomed.IntegrationTests.Persistence;

[GenerateSerializer, Alias("Innomed.IntegrationTests.ReminderTicks")]
public sealed record ReminderTicks([property: Id(0)] int Count, [property: Id(1)] DateTime? LastTickUtc);
