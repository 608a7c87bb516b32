using GraphQL.Execution;
using GraphQL;

namespace Innomed.Api.Schema;

/// <summary>Writes <c>extensions.code</c> plus our extra members; never stack traces.</summary>
public sealed class InnomedErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not InnomedError { Extras.Count: > 0 } error) return info;
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        foreach (var (key, value) in error.Extras) extensions[key] = value;
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
