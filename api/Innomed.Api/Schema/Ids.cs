using Innomed.Grains.Errors;

namespace Innomed.Api.Schema;

/// <summary>Parses GraphQL IDs into grain keys, with a typed error instead of a format exception.</summary>
public static class Ids
{
    public static Guid Journey(string? value, string field = "journeyId") => Guid(value, field);

    public static Guid Guid(string? value, string field) =>
        System.Guid.TryParse(value, out var id) && id != System.Guid.Empty
            ? id
            : throw new InvalidInputException(field, $"'{field}' must be a journey or step id (a UUID).");

    public static string Key(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 64 || value.Any(char.IsControl))
            throw new InvalidInputException(field, $"'{field}' must be a non-empty id of at most 64 characters.");
        return value;
    }
}
