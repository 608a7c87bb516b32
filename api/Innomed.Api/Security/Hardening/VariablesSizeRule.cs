using GraphQL;
using GraphQL.Validation;

namespace Innomed.Api.Security.Hardening;

/// <summary>
/// Bounds the request's variables before they are coerced: list lengths, string lengths, nesting, and
/// control characters in text (no clinical text needs NUL, ESC or bidirectional overrides, and they
/// make logs, exports and screens lie). Tab, line feed and carriage return stay allowed for notes.
/// </summary>
public sealed class VariablesSizeRule : ValidationRuleBase
{
    private readonly InnomedLimitsOptions _limits;

    public VariablesSizeRule(InnomedLimitsOptions limits) => _limits = limits;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Variables is { Count: > 0 } variables && Check(variables, 1) is { } problem)
        {
            context.ReportError(new LimitValidationError(context.Document.Source, problem.Code, problem.Message));
        }

        return default;
    }

    private (string Code, string Message)? Check(object? value, int depth)
    {
        if (depth > _limits.MaxInputDepth)
        {
            return (HardeningErrorCodes.InputTooLarge, $"Variables are nested deeper than {_limits.MaxInputDepth} levels.");
        }

        switch (value)
        {
            case string text:
                if (text.Length > _limits.MaxStringLength)
                {
                    return (HardeningErrorCodes.InputTooLarge, $"A variable's text is longer than {_limits.MaxStringLength} characters.");
                }

                return HasForbiddenCharacter(text)
                    ? (HardeningErrorCodes.BadUserInput, "Text may not contain control characters or unpaired surrogates.")
                    : null;
            case IEnumerable<KeyValuePair<string, object?>> map:
                foreach (var (key, item) in map)
                {
                    if ((Check(key, depth) ?? Check(item, depth + 1)) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case System.Collections.IList list:
                if (list.Count > _limits.MaxListItems)
                {
                    return (HardeningErrorCodes.InputTooLarge, $"A variable's list has more than {_limits.MaxListItems} items.");
                }

                foreach (var item in list)
                {
                    if (Check(item, depth + 1) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    internal static bool HasForbiddenCharacter(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
