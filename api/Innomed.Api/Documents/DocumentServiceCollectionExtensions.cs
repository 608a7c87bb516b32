using Innomed.Api.Documents.Storage;
using Innomed.Api.Live;
using Innomed.Grains.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Innomed.Api.Documents;

public static class DocumentServiceCollectionExtensions
{
    /// <summary>
    /// Stored documents (<see cref="DocumentLibrary"/> over the Innomed database; settings under
    /// <c>Innomed:Documents</c>) and the conversations' live feed (in-process unless Redis registered one).
    /// An <see cref="IDocumentStore"/> registered before is kept (tests).
    /// </summary>
    public static IServiceCollection AddInnomedDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section))
            .Validate(o => o.MaxBytes is > 0 and <= 50L * 1024 * 1024, "Innomed:Documents:MaxBytes must be between 1 byte and 50 MiB.")
            .Validate(o => o.MaxPerJourney is > 0 and <= 5000, "Innomed:Documents:MaxPerJourney must be between 1 and 5000.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDocumentStore>(sp => DocumentDatabase.CreateStore(configuration, sp.GetService<IHostEnvironment>()));
        services.TryAddSingleton<DocumentLibrary>();
        services.TryAddSingleton<InProcessConversationEvents>();
        services.TryAddSingleton<IConversationFeed>(sp => sp.GetRequiredService<InProcessConversationEvents>());
        return services;
    }
}
