using Innomed.Grains.Conversations;
using Innomed.Grains.Errors;
using Innomed.Grains.Journeys;
using Innomed.Grains.Tests.Cluster;

namespace Innomed.Grains.Tests.Conversations;

[Collection(ClusterCollection.Name)]
[Trait("Category", "Grains")]
public sealed class ConversationGrainTests(ClusterFixture fixture)
{
    /// <summary>A journey taken in charge by the GP and referred to the specialist; the patient owns it.</summary>
    private async Task<(CareNetwork Net, Guid JourneyId, Guid ReferralId)> JourneyAsync()
    {
        var net = await CareNetwork.RegisterAsync(fixture.Client);
        var id = Guid.NewGuid();
        var journey = fixture.Client.GetGrain<IJourneyGrain>(id);
        await journey.StartAsync(CareNetwork.Patient, net.TerritoryId, net.PatientActor);
        await journey.SubmitTriageAsync(new TriageSubmission { Level = TriageLevel.SemiUrgent }, net.Gp);
        await journey.TakeChargeAsync(net.GpId, net.Gp);
        var referral = (await journey.AddStepAsync(new StepRequest { Performer = Performer.Practitioner(net.SpecialistId), Reason = "Avis" }, net.Gp)).StepId;
        return (net, id, referral);
    }

    [Fact]
    public async Task Given_TheCareTeam_When_TheyWrite_Then_MessagesAreNumberedInOrderAndPublishedAfterBeingStored()
    {
        var (net, id, referral) = await JourneyAsync();
        var conversation = fixture.Client.GetGrain<IConversationGrain>(id);

        var first = await conversation.SendAsync(new SendMessage { Text = "  Bonjour docteur, j'ai toujours mal.  " }, net.PatientActor);
        var second = await conversation.SendAsync(new SendMessage { Text = "Je vous appelle à 14 h." }, net.Gp);
        var third = await conversation.SendAsync(new SendMessage { Text = "Vu le patient, ECG normal.", StepId = referral }, net.Specialist);

        (first.Sequence, second.Sequence, third.Sequence).ShouldBe((1, 2, 3));
        first.Text.ShouldBe("Bonjour docteur, j'ai toujours mal.");
        first.SenderRole.ShouldBe(ActorRole.Patient);
        third.StepId.ShouldBe(referral);
        var page = await conversation.GetMessagesAsync(new ConversationQuery());
        page.Messages.Select(m => m.Id).ShouldBe([first.Id, second.Id, third.Id]);
        (await conversation.GetMessagesAsync(new ConversationQuery { StepId = referral })).Messages.Single().Id.ShouldBe(third.Id);
        RecordingConversationPublisher.Instance.For(id).Where(c => c.Message is not null).Select(c => c.Message!.Sequence).ShouldBe([1L, 2L, 3L]);
    }

    [Fact]
    public async Task Given_PeopleOutsideTheCareTeam_When_TheyWriteOrMarkRead_Then_TheyAreForbiddenAndNothingIsStored()
    {
        var (net, id, _) = await JourneyAsync();
        var conversation = fixture.Client.GetGrain<IConversationGrain>(id);

        foreach (var stranger in new[]
                 {
                     new Actor(net.OtherGpId, ActorRole.Gp), new Actor("patient-other", ActorRole.Patient), net.UnitStaff,
                     new Actor("admin", ActorRole.Admin), new Actor("spec-other", ActorRole.Specialist),
                 })
        {
            await Should.ThrowAsync<ForbiddenException>(() => conversation.SendAsync(new SendMessage { Text = "hello" }, stranger));
            await Should.ThrowAsync<ForbiddenException>(() => conversation.MarkReadAsync(0, stranger));
        }
        (await conversation.GetMessagesAsync(new ConversationQuery())).LastSequence.ShouldBe(0);
        (await conversation.GetReceiptsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_AClientMessageId_When_TheSameMessageIsSentTwice_Then_OnlyOneIsStored()
    {
        var (net, id, _) = await JourneyAsync();
        var conversation = fixture.Client.GetGrain<IConversationGrain>(id);
        var message = new SendMessage { Text = "Résultats reçus", ClientMessageId = "c-1" };

        var sent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => conversation.SendAsync(message, net.Gp)));
        var otherSender = await conversation.SendAsync(message, net.PatientActor); // ids are per sender

        sent.Select(m => m.Id).Distinct().ShouldHaveSingleItem();
        otherSender.Sequence.ShouldBe(2);
        (await conversation.GetMessagesAsync(new ConversationQuery())).Messages.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Given_ManyConcurrentSenders_When_TheyAllWrite_Then_SequencesHaveNoGapAndNoDuplicate()
    {
        var (net, id, _) = await JourneyAsync();
        var conversation = fixture.Client.GetGrain<IConversationGrain>(id);
        var actors = new[] { net.Gp, net.PatientActor, net.Specialist };

        var sent = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            conversation.SendAsync(new SendMessage { Text = $"m{i}" }, actors[i % 3])));

        sent.Select(m => m.Sequence).Order().ShouldBe(Enumerable.Range(1, 60).Select(i => (long)i));
        var all = new List<ConversationMessage>();
        long after = 0;
        while (true)
        {
            var page = await conversation.GetMessagesAsync(new ConversationQuery { After = after, Limit = 25 });
            all.AddRange(page.Messages);
            if (!page.HasNewer) break;
            after = page.Messages[^1].Sequence;
        }
        all.Select(m => m.Sequence).ShouldBe(Enumerable.Range(1, 60).Select(i => (long)i));
        var older = await conversation.GetMessagesAsync(new ConversationQuery { Before = 11, Limit = 5 });
        older.Messages.Select(m => m.Sequence).ShouldBe([6L, 7L, 8L, 9L, 10L]);
        (older.HasOlder, older.HasNewer).ShouldBe((true, true));
    }

    [Fact]
    public async Task Given_ReadReceipts_When_AParticipantReads_Then_ThePositionOnlyMovesForwardAndStopsAtTheLastMessage()
    {
        var (net, id, _) = await JourneyAsync();
        var conversation = fixture.Client.GetGrain<IConversationGrain>(id);
        await conversation.SendAsync(new SendMessage { Text = "1" }, net.Gp);
        await conversation.SendAsync(new SendMessage { Text = "2" }, net.Gp);
        await conversation.SendAsync(new SendMessage { Text = "3" }, net.Gp);

        (await conversation.MarkReadAsync(2, net.PatientActor)).LastReadSequence.ShouldBe(2);
        (await conversation.MarkReadAsync(1, net.PatientActor)).LastReadSequence.ShouldBe(2);
        (await conversation.MarkReadAsync(99, net.PatientActor)).LastReadSequence.ShouldBe(3);
        await Should.ThrowAsync<InvalidInputException>(() => conversation.MarkReadAsync(-1, net.PatientActor));

        var receipts = await conversation.GetReceiptsAsync();
        receipts.Single(r => r.ParticipantId == net.PatientActor.Id).LastReadSequence.ShouldBe(3);
        receipts.Single(r => r.ParticipantId == net.GpId).LastReadSequence.ShouldBe(3); // a sender has read their own message
        RecordingConversationPublisher.Instance.For(id).Where(c => c.Receipt?.ParticipantId == net.PatientActor.Id)
            .Select(c => c.Receipt!.LastReadSequence).ShouldBe([2L, 3L]);
    }

    [Fact]
    public async Task Given_InvalidMessages_When_Sent_Then_TheyAreRefusedWithTheFieldNamed()
    {
        var (net, id, _) = await JourneyAsync();
        var conversation = fixture.Client.GetGrain<IConversationGrain>(id);

        (await Should.ThrowAsync<InvalidInputException>(() => conversation.SendAsync(new SendMessage { Text = "   " }, net.Gp))).Field.ShouldBe("text");
        (await Should.ThrowAsync<InvalidInputException>(() => conversation.SendAsync(new SendMessage { Text = new string('a', 4001) }, net.Gp))).Field.ShouldBe("text");
        (await Should.ThrowAsync<InvalidInputException>(() => conversation.SendAsync(
            new SendMessage { Text = "x", Attachments = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToArray() }, net.Gp))).Field.ShouldBe("attachmentIds");
        await Should.ThrowAsync<NotFoundException>(() => conversation.SendAsync(new SendMessage { Text = "x", StepId = Guid.NewGuid() }, net.Gp));
        await Should.ThrowAsync<NotFoundException>(() => fixture.Client.GetGrain<IConversationGrain>(Guid.NewGuid())
            .SendAsync(new SendMessage { Text = "x" }, net.Gp));
        await Should.ThrowAsync<InvalidInputException>(() => conversation.GetMessagesAsync(new ConversationQuery { Limit = 201 }));
        (await conversation.GetMessagesAsync(new ConversationQuery())).LastSequence.ShouldBe(0);
    }
}
