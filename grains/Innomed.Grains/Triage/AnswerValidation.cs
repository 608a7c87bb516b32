namespace Innomed.Grains.Triage;

/// <summary>Either the normalised value to store, or why the raw answer was refused (FR and EN).</summary>
public sealed record AnswerValidation(string? Value, LocalizedText? Error)
{
    public bool IsValid => Error is null;

    public static AnswerValidation Ok(string value) => new(value, null);

    public static AnswerValidation Fail(string fr, string en) => new(null, new LocalizedText(fr, en));
}
