using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using static Innomed.IntegrationTests.Messaging.MessagingHostFixture;

namespace Innomed.IntegrationTests.Messaging;

/// <summary>
/// Documents end to end over HTTP: upload with the raw body, the patient file over GraphQL, download by
/// the specialist, prescriptions, attachments in messages, refusals (size, type, names, strangers),
/// and the audit trail of every download.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class DocumentEndToEndTests(MessagingHostFixture fixture) : IClassFixture<MessagingHostFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% compte rendu\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private const string PatientFile = """
        query($j: ID!) { journey(id: $j) { patientFile {
          documents { id kind name contentType size sha256 stepId downloadUrl uploadedBy }
          prescriptions { id prescription { category lines { text dosage duration quantity } } }
          reports { report step { id } documents { id } } } } }
        """;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string journey, string name, string kind, byte[] content,
        string contentType, string? stepId = null, bool chunked = false)
    {
        var url = $"/documents?journeyId={Uri.EscapeDataString(journey)}&kind={kind}&name={Uri.EscapeDataString(name)}"
            + (stepId is null ? "" : $"&stepId={stepId}");
        HttpContent body = chunked ? new StreamContent(new MemoryStream(content)) : new ByteArrayContent(content);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body };
        if (chunked) request.Headers.TransferEncodingChunked = true;
        return await http.SendAsync(request);
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    private async Task<int> DocumentCountAsync(string journey)
    {
        using var gp = fixture.As(Gp);
        return (await gp.DataAsync("query($j: ID!) { documents(journeyId: $j) { id } }", new { j = journey }))["documents"]!.AsArray().Count;
    }

    [Fact]
    public async Task GivenTheGpUploadsAReport_WhenTheSpecialistOpensThePatientFile_ThenTheyDownloadTheExactBytesWithSafeHeaders()
    {
        var (journey, referral) = await fixture.JourneyAsync("Dossier");
        using var gpFiles = fixture.Files(Gp);

        using var uploaded = await UploadAsync(gpFiles, journey, "Compte rendu « écho ».pdf", "CONSULTATION_REPORT", Pdf, "application/pdf", referral);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        var metadata = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = metadata["id"]!.GetValue<string>();
        metadata["sha256"]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Pdf)));
        uploaded.Headers.Location!.ToString().ShouldBe($"/documents/{id}");

        using var cardiologist = fixture.As(Cardiologist);
        var file = (await cardiologist.DataAsync(PatientFile, new { j = journey }))["journey"]!["patientFile"]!;
        var document = file["documents"]!.AsArray().Single()!;
        document["id"]!.GetValue<string>().ShouldBe(id);
        document["kind"]!.GetValue<string>().ShouldBe("CONSULTATION_REPORT");
        document["name"]!.GetValue<string>().ShouldBe("Compte rendu « écho ».pdf");
        document["contentType"]!.GetValue<string>().ShouldBe("application/pdf");
        document["size"]!.GetValue<int>().ShouldBe(Pdf.Length);
        document["stepId"]!.GetValue<string>().ShouldBe(referral);
        document["uploadedBy"]!.GetValue<string>().ShouldBe(Gp);

        using var specialistFiles = fixture.Files(Cardiologist);
        using var download = await specialistFiles.GetAsync(document["downloadUrl"]!.GetValue<string>());
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("Compte rendu « écho ».pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
        download.Headers.CacheControl.Private.ShouldBeTrue();

        // The patient reads their own file too; the download is in their journey's audit trail.
        using var patientFiles = fixture.Files(Patient);
        (await patientFiles.GetAsync($"/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fixture.FlushAuditAsync();
        using var patient = fixture.As(Patient);
        var trail = (await patient.DataAsync("query($j: ID!) { auditTrail(journeyId: $j, first: 100) { edges { node { operation outcome actorId } } } }",
            new { j = journey }))["auditTrail"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
        trail.ShouldContain(n => n["operation"]!.GetValue<string>() == "Http.downloadDocument" && n["actorId"]!.GetValue<string>() == Cardiologist
            && n["outcome"]!.GetValue<string>() == "OK");
        trail.ShouldContain(n => n["operation"]!.GetValue<string>() == "Http.uploadDocument" && n["actorId"]!.GetValue<string>() == Gp);
    }

    [Theory]
    [InlineData(OtherGp, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(OtherSpecialist, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(OtherPatient, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(Admin, HttpStatusCode.Forbidden, "FORBIDDEN")]
    [InlineData(null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    public async Task GivenSomeoneOutsideTheCareTeam_WhenTheyUploadOrDownload_ThenTheyAreRefusedAndTheAttemptIsAudited(string? stranger,
        HttpStatusCode status, string code)
    {
        var (journey, _) = await fixture.JourneyAsync("Etranger");
        using var gpFiles = fixture.Files(Gp);
        using var uploaded = await UploadAsync(gpFiles, journey, "resultats.txt", "RESULT", "Hb 13,5 g/dL"u8.ToArray(), "text/plain; charset=utf-8");
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var files = fixture.Files(stranger);

        using var download = await files.GetAsync($"/documents/{id}");
        download.StatusCode.ShouldBe(status);
        (await ErrorCodeAsync(download)).ShouldBe(code);
        using var upload = await UploadAsync(files, journey, "x.txt", "OTHER", "hello"u8.ToArray(), "text/plain");
        upload.StatusCode.ShouldBe(status);
        (await DocumentCountAsync(journey)).ShouldBe(1);

        if (stranger is not null)
        {
            using var client = fixture.As(stranger);
            var listed = await client.GraphQLAsync("query($j: ID!) { documents(journeyId: $j) { id name } }", new { j = journey });
            Code(listed).ShouldNotBe("OK");
            listed.ToJsonString().ShouldNotContain("resultats");
        }
        await fixture.FlushAuditAsync();
        using var patient = fixture.As(Patient);
        var trail = (await patient.DataAsync("query($j: ID!) { auditTrail(journeyId: $j, first: 100) { edges { node { operation outcome } } } }",
            new { j = journey }))["auditTrail"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToArray();
        if (stranger is not null) // an anonymous download names no journey (nothing was looked up)
            trail.ShouldContain(n => n["operation"]!.GetValue<string>() == "Http.downloadDocument" && n["outcome"]!.GetValue<string>() == "DENIED");
    }

    [Fact]
    public async Task GivenHostileUploads_WhenPosted_ThenEachIsRefusedWithATypedErrorAndNothingIsStored()
    {
        var (journey, _) = await fixture.JourneyAsync("Hostile");
        using var files = fixture.Files(Gp);
        var tooLarge = new byte[MaxBytes + 1];
        "%PDF-"u8.CopyTo(tooLarge);

        var cases = new (string What, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Status, string Code)[]
        {
            ("declared length over the limit", () => UploadAsync(files, journey, "big.pdf", "RESULT", tooLarge, "application/pdf"),
                HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE"),
            ("chunked body over the limit", () => UploadAsync(files, journey, "big.pdf", "RESULT", tooLarge, "application/pdf", chunked: true),
                HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE"),
            ("PNG declared as PDF", () => UploadAsync(files, journey, "scan.pdf", "RESULT", Png, "application/pdf"),
                HttpStatusCode.UnsupportedMediaType, "CONTENT_TYPE_MISMATCH"),
            ("HTML declared as text", () => UploadAsync(files, journey, "x.txt", "OTHER", "<script>alert(1)</script>"u8.ToArray(), "text/plain"),
                HttpStatusCode.UnsupportedMediaType, "CONTENT_TYPE_MISMATCH"),
            ("HTML as HTML", () => UploadAsync(files, journey, "x.html", "OTHER", "<p>hi</p>"u8.ToArray(), "text/html"),
                HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE"),
            ("empty body", () => UploadAsync(files, journey, "x.pdf", "OTHER", [], "application/pdf"), HttpStatusCode.BadRequest, "EMPTY_FILE"),
            ("path as name", () => UploadAsync(files, journey, "../../etc/passwd", "OTHER", Pdf, "application/pdf"),
                HttpStatusCode.BadRequest, "BAD_USER_INPUT"),
            ("unknown kind", () => UploadAsync(files, journey, "x.pdf", "SCRIPT", Pdf, "application/pdf"), HttpStatusCode.BadRequest, "BAD_USER_INPUT"),
            ("step of another journey", () => UploadAsync(files, journey, "x.pdf", "OTHER", Pdf, "application/pdf", Guid.NewGuid().ToString()),
                HttpStatusCode.NotFound, "NOT_FOUND"),
            ("path as journey id", () => UploadAsync(files, "../../etc", "x.pdf", "OTHER", Pdf, "application/pdf"),
                HttpStatusCode.BadRequest, "BAD_USER_INPUT"),
            ("unknown journey", () => UploadAsync(files, Guid.NewGuid().ToString(), "x.pdf", "OTHER", Pdf, "application/pdf"),
                HttpStatusCode.NotFound, "NOT_FOUND"),
        };
        foreach (var (what, send, status, code) in cases)
        {
            using var response = await send();
            response.StatusCode.ShouldBe(status, what);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain("   at ", customMessage: what);
            JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe(code, what);
        }
        (await DocumentCountAsync(journey)).ShouldBe(0);

        foreach (var path in new[] { "/documents/..%2F..%2Fetc%2Fpasswd", "/documents/not-a-guid", $"/documents/{Guid.NewGuid()}" })
        {
            using var response = await files.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }
    }

    [Fact]
    public async Task GivenTheGpPrescribes_WhenThePatientOpensTheirFile_ThenThePrescriptionHasItsLinesAndARenderedPdf()
    {
        var (journey, referral) = await fixture.JourneyAsync("Ordonnance");
        using var gp = fixture.As(Gp);
        const string Create = """
            mutation($i: CreatePrescriptionInput!) { createPrescription(input: $i) {
              id kind contentType name downloadUrl prescription { category prescriberId lines { text dosage duration quantity } } } }
            """;
        var input = new
        {
            journeyId = journey, category = "MEDICATION", notes = "Revoir si fièvre > 39 °C",
            lines = new[]
            {
                new { text = "Paracétamol 1 g, comprimé", dosage = "1 comprimé toutes les 6 h si douleur", duration = "5 jours", quantity = "1 boîte" },
                new { text = "Ibuprofène 400 mg", dosage = "1 comprimé matin et soir pendant le repas", duration = "3 jours", quantity = (string)null! },
            },
        };

        var created = (await gp.DataAsync(Create, new { i = input }))["createPrescription"]!;
        created["kind"]!.GetValue<string>().ShouldBe("PRESCRIPTION");
        created["contentType"]!.GetValue<string>().ShouldBe("application/pdf");
        created["prescription"]!["prescriberId"]!.GetValue<string>().ShouldBe(Gp);
        created["prescription"]!["lines"]![1]!["quantity"].ShouldBeNull();

        using var patient = fixture.As(Patient);
        var file = (await patient.DataAsync(PatientFile, new { j = journey }))["journey"]!["patientFile"]!;
        var prescription = file["prescriptions"]!.AsArray().Single()!;
        prescription["id"]!.GetValue<string>().ShouldBe(created["id"]!.GetValue<string>());
        prescription["prescription"]!["lines"]![0]!["dosage"]!.GetValue<string>().ShouldBe("1 comprimé toutes les 6 h si douleur");

        using var files = fixture.Files(Patient);
        var pdf = await files.GetByteArrayAsync(created["downloadUrl"]!.GetValue<string>());
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        Encoding.Latin1.GetString(pdf).ShouldContain("(1. Parac\u00e9tamol 1 g, comprim\u00e9) Tj");

        // Patients do not prescribe (nor file a prescription by upload); the cardiologist files it under the referral; the patient may not refile.
        Code(await patient.GraphQLAsync(Create, new { i = input })).ShouldBe("FORBIDDEN");
        using (var upload = await UploadAsync(files, journey, "ordonnance.pdf", "PRESCRIPTION", Pdf, "application/pdf"))
            (await ErrorCodeAsync(upload)).ShouldBe("FORBIDDEN");
        using (var upload = await UploadAsync(files, journey, "photo ordonnance papier.pdf", "OTHER", Pdf, "application/pdf"))
            upload.StatusCode.ShouldBe(HttpStatusCode.Created); // a patient may add their own documents
        using var cardiologist = fixture.As(Cardiologist);
        const string Link = "mutation($i: LinkDocumentInput!) { linkDocument(input: $i) { id stepId } }";
        (await cardiologist.DataAsync(Link, new { i = new { journeyId = journey, documentId = created["id"], stepId = referral } }))
            ["linkDocument"]!["stepId"]!.GetValue<string>().ShouldBe(referral);
        Code(await patient.GraphQLAsync(Link, new { i = new { journeyId = journey, documentId = created["id"], stepId = (string?)null } }))
            .ShouldBe("FORBIDDEN");
        Code(await cardiologist.GraphQLAsync(Link, new { i = new { journeyId = journey, documentId = created["id"], stepId = Guid.NewGuid() } }))
            .ShouldBe("NOT_FOUND");
        var (otherJourney, _) = await fixture.JourneyAsync("Autre");
        Code(await gp.GraphQLAsync(Link, new { i = new { journeyId = otherJourney, documentId = created["id"], stepId = (string?)null } }))
            .ShouldBe("NOT_FOUND");
        Code(await gp.GraphQLAsync(Create, new { i = input with { lines = [] } })).ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task GivenAnUploadedResult_WhenAttachedToAMessage_ThenTheMessageCarriesItsDownloadUrlAndForeignDocumentsAreRefused()
    {
        var (journey, _) = await fixture.JourneyAsync("PieceJointe");
        var (otherJourney, _) = await fixture.JourneyAsync("AutrePiece");
        using var gpFiles = fixture.Files(Gp);
        using var mine = await UploadAsync(gpFiles, journey, "bilan.png", "RESULT", Png, "image/png");
        using var foreign = await UploadAsync(gpFiles, otherJourney, "autre.png", "RESULT", Png, "image/png");
        var mineId = (await mine.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var foreignId = (await foreign.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var gp = fixture.As(Gp);
        const string Send = "mutation($i: SendMessageInput!) { sendMessage(input: $i) { sequence attachments { id name downloadUrl } } }";

        var sent = (await gp.DataAsync(Send, new { i = new { journeyId = journey, text = "Voici le bilan.", attachmentIds = new[] { mineId } } }))["sendMessage"]!;
        sent["attachments"]![0]!["downloadUrl"]!.GetValue<string>().ShouldBe($"/documents/{mineId}");
        Code(await gp.GraphQLAsync(Send, new { i = new { journeyId = journey, text = "Mauvais dossier", attachmentIds = new[] { foreignId } } }))
            .ShouldBe("NOT_FOUND");
        (await gp.DataAsync("query($j: ID!) { conversation(journeyId: $j) { messages { lastSequence } } }", new { j = journey }))
            ["conversation"]!["messages"]!["lastSequence"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task GivenAStoredDocument_WhenAttachedToATeleExpertiseRequest_ThenTheExpertSeesItsDownloadUrlAndDownloadsIt()
    {
        var (journey, _) = await fixture.JourneyAsync("TeleAvis");
        var (otherJourney, _) = await fixture.JourneyAsync("TeleAutre");
        using var gpFiles = fixture.Files(Gp);
        using var ecg = await UploadAsync(gpFiles, journey, "ECG repos.pdf", "RESULT", Pdf, "application/pdf");
        using var foreign = await UploadAsync(gpFiles, otherJourney, "ECG autre.pdf", "RESULT", Pdf, "application/pdf");
        var ecgId = (await ecg.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var foreignId = (await foreign.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var gp = fixture.As(Gp);
        const string Request = """
            mutation($i: RequestTeleExpertiseInput!) { requestTeleExpertise(input: $i) {
              step { teleExpertise { attachments { name contentType reference documentId downloadUrl } } } } }
            """;

        var attachments = (await gp.DataAsync(Request, new { i = new
        {
            journeyId = journey, expertId = Cardiologist, question = "Sous-décalage ST ?",
            attachments = new object[] { new { documentId = ecgId }, new { name = "Lien", contentType = "application/pdf", reference = "https://docs.example/ecg/1" } },
        } }))["requestTeleExpertise"]!["step"]!["teleExpertise"]!["attachments"]!.AsArray();
        attachments[0]!["name"]!.GetValue<string>().ShouldBe("ECG repos.pdf");
        attachments[0]!["contentType"]!.GetValue<string>().ShouldBe("application/pdf");
        attachments[0]!["reference"]!.GetValue<string>().ShouldBe($"urn:innomed:document:{ecgId}");
        attachments[0]!["downloadUrl"]!.GetValue<string>().ShouldBe($"/documents/{ecgId}");
        attachments[1]!["documentId"].ShouldBeNull();

        using var expertFiles = fixture.Files(Cardiologist);
        (await expertFiles.GetByteArrayAsync(attachments[0]!["downloadUrl"]!.GetValue<string>())).ShouldBe(Pdf);
        Code(await gp.GraphQLAsync(Request, new { i = new { journeyId = journey, expertId = Cardiologist, question = "q",
            attachments = new[] { new { documentId = foreignId } } } })).ShouldBe("NOT_FOUND");
        Code(await gp.GraphQLAsync(Request, new { i = new { journeyId = journey, expertId = Cardiologist, question = "q",
            attachments = new[] { new { name = "x" } } } })).ShouldBe("BAD_USER_INPUT");
    }
}
