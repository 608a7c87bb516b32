namespace Innomed.Grains.Triage;

/// <summary>The languages the chatbot speaks; every question, option, rule and error exists in both.</summary>
public enum Language
{
    Fr,
    En,
}
