using System.Net.Http.Headers;
using static Innomed.IntegrationTests.Messaging.MessagingHostFixture;

namespace Innomed.IntegrationTests.Messaging;

/// <summary>Message text, document names and prescription lines are patient data: they reach no log line, accepted or refused.</summary>
[Trait("Category", "Security")]
public sealed class PrivacyEndToEndTests(MessagingHostFixture fixture) : IClassFixture<MessagingHostFixture>
{
    [Fact]
    public async Task GivenPatientDataInMessagesDocumentsAndPrescriptions_WhenAcceptedOrRefused_ThenItIsInNoLogLine()
    {
        const string Marker = "Zyxwvutsrq";
        var (journey, _) = await fixture.JourneyAsync("Privacy");
        using var gp = fixture.As(Gp);
        using var otherGp = fixture.As(OtherGp);
        const string Send = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { sequence } }";

        await gp.DataAsync(Send, new { i = new { journeyId = journey, text = $"Suspicion de {Marker}" } });
        Code(await otherGp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = $"Intrus {Marker}" } })).ShouldBe("FORBIDDEN");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = Marker + new string('x', 4000) } })).ShouldBe("BAD_USER_INPUT");
        await gp.DataAsync("mutation($i: CreatePrescriptionInput!) { createPrescription(input: $i) { id } }",
            new { i = new { journeyId = journey, category = "MEDICATION", lines = new[] { new { text = $"{Marker} 10 mg" } } } });
        using var files = fixture.Files(Gp);
        foreach (var (name, type, body) in new[] { ($"{Marker}.txt", "text/plain", $"Résultat {Marker}"), ($"{Marker}.pdf", "application/pdf", "not a pdf") })
        {
            using var content = new StringContent(body);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            using var _ = await files.PostAsync($"/documents?journeyId={journey}&kind=RESULT&name={name}", content);
        }

        fixture.Logs.Lines.ShouldNotBeEmpty(); // the capture works: the host logs something
        fixture.Logs.Lines.Where(l => l.Contains(Marker, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }
}
