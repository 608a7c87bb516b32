using GraphQL;

namespace Innomed.Api.Transport.Execution;

/// <summary>The four members of a GraphQL request, already type-checked by the transport.</summary>
internal sealed record GraphQLRequestParams(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
