using Innomed.Grains;
using Innomed.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;

namespace Innomed.IntegrationTests.EndToEnd;

/// <summary>
/// A journey left waiting past its due-by is escalated even when the process that triaged it is
/// gone: the deadline lives in a durable reminder, checked against the domain clock.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class OverdueRestartTests(PostgresServer postgres)
{
    [Fact]
    public async Task GivenAnAwaitingJourney_WhenTheClusterRestartsAfterItsDueBy_ThenItIsEscalatedAsOverdue()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = await postgres.CreateDatabaseAsync(),
            ["Innomed:SeedDemo"] = "true",
            ["Innomed:AllowAnonymousAsSystem"] = "true",
        };
        void FakeTime(Microsoft.AspNetCore.Builder.WebApplicationBuilder b)
        {
            b.Services.AddKeyedSingleton<TimeProvider>(GrainServices.ClockKey, clock);
            b.Services.Configure<JourneyOptions>(o =>
            {
                o.DeadlineCheckPeriod = TimeSpan.FromSeconds(1);
                o.FirstCheckAtDueTime = false;
            });
            b.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        }

        string id;
        await using (var first = await InnomedProcess.StartAsync(settings, FakeTime))
        {
            id = await JourneyScript.StartAsync(first, "Waiting");
            var triaged = await JourneyScript.TriageAsync(first, id, ("pain", "1"), ("temperature", "37"));
            triaged["submitTriage"]!["journey"]!["stage"]!.GetValue<string>().ShouldBe("AWAITING_PRIMARY_CARE");
            await Task.Delay(TimeSpan.FromSeconds(2)); // ticks before the due-by change nothing
            (await JourneyScript.ReadAsync(first, id))["overdue"]!.GetValue<bool>().ShouldBeFalse();
        }

        clock.Advance(TimeSpan.FromHours(49)); // NON_URGENT: due within 48 h

        await using var second = await InnomedProcess.StartAsync(settings, FakeTime);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await JourneyScript.ReadAsync(second, id))["overdue"]!.GetValue<bool>())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the overdue escalation did not fire after the restart");
            await Task.Delay(500);
        }
        var journey = await JourneyScript.ReadAsync(second, id);
        journey["timeline"]!["edges"]!.AsArray().Last()!["node"]!["type"]!.GetValue<string>().ShouldBe("OVERDUE");
        var overdue = await second.DataAsync("{ territory(id: \"demo\") { overdue { id } } }");
        overdue["territory"]!["overdue"]!.AsArray().Select(j => j!["id"]!.GetValue<string>()).ShouldContain(id);
    }
}
