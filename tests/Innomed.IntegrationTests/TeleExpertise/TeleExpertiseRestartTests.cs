using Innomed.Grains.Directory;
using Innomed.IntegrationTests.EndToEnd;
using Innomed.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Innomed.IntegrationTests.TeleExpertise;

/// <summary>
/// A tele-expertise question left unanswered past its due-by is escalated even when the process
/// that registered it is gone: the reminder is durable (PostgreSQL), the due-by on the domain clock.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class TeleExpertiseRestartTests(PostgresServer postgres)
{
    [Fact]
    public async Task GivenAnUnansweredQuestion_WhenTheClusterRestartsAfterItsDueBy_ThenItIsEscalatedToTheOtherCardiologist()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Innomed"] = await postgres.CreateDatabaseAsync(),
            ["Innomed:SeedDemo"] = "true",
            ["Innomed:AllowAnonymousAsSystem"] = "true",
        };

        string journey, step;
        await using (var first = await InnomedProcess.StartAsync(settings, b => TeleExpertiseHostFixture.FakeTime(b, clock)))
        {
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IPractitionerGrain>(TeleExpertiseHostFixture.SecondCardiologist)
                .RegisterAsync(new PractitionerProfile
                {
                    Id = TeleExpertiseHostFixture.SecondCardiologist, FamilyName = "Lemoine", GivenName = "Sarah",
                    Role = PractitionerRole.Specialist, Specialty = "Cardiology", TerritoryId = "demo",
                });
            journey = await TeleExpertiseScript.JourneyInPrimaryCareAsync(first, "Redemarrage");
            step = (await TeleExpertiseScript.RequestAsync(first, journey, TeleExpertiseHostFixture.Cardiologist, "URGENT"))["id"]!.GetValue<string>();
            await Task.Delay(TimeSpan.FromSeconds(2)); // ticks before the due-by change nothing
            (await PerformerAsync(first, journey, step)).ShouldBe(TeleExpertiseHostFixture.Cardiologist);
        }

        clock.Advance(TimeSpan.FromHours(5)); // URGENT: due within 4 h

        await using var second = await InnomedProcess.StartAsync(settings, b => TeleExpertiseHostFixture.FakeTime(b, clock));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await PerformerAsync(second, journey, step) != TeleExpertiseHostFixture.SecondCardiologist)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the tele-expertise escalation did not fire after the restart");
            await Task.Delay(500);
        }
    }

    private static async Task<string> PerformerAsync(IGraphQLEndpoint host, string journey, string step)
    {
        var data = await host.DataAsync("query($j: ID!) { journey(id: $j) { steps { id performer { id } } } }", new { j = journey });
        return data["journey"]!["steps"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == step)!["performer"]!["id"]!.GetValue<string>();
    }
}
