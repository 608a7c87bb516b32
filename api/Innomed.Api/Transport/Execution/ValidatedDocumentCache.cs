using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Innomed.Api.Transport.Execution;

/// <summary>
/// Parsed documents that passed the full validation, by query text. Clients send the same few
/// operations over and over; parsing and the ~30 validation rules were an eighth of the gateway's
/// CPU under load. A hit still runs the execution's <c>CachedDocumentValidationRules</c> (what
/// depends on the request: the HTTP method rule, the variables' size, complexity with these
/// variables). Written here because GraphQL.MemoryCache is not in the registry we reach; bounded
/// by the total length of the cached queries.
/// </summary>
internal sealed class ValidatedDocumentCache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly long _largestEntry;

    public ValidatedDocumentCache(long sizeLimit)
    {
        _largestEntry = sizeLimit / 10;
        if (sizeLimit > 0) _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit });
    }

    public GraphQLDocument? Get(string query) =>
        _cache is not null && _cache.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    public void Add(string query, GraphQLDocument document)
    {
        // One huge query is not worth evicting many everyday ones for.
        if (_cache is null || query.Length > _largestEntry) return;
        _cache.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
    }

    public void Dispose() => _cache?.Dispose();
}
