namespace Innomed.Grains.Triage;

/// <summary>The accepted range of a number answer, how many decimals it keeps, and its unit.</summary>
public sealed record NumberRange(decimal Min, decimal Max, int Decimals, LocalizedText Unit);
