using Innomed.Grains.Journeys;

namespace Innomed.Grains.Triage;

/// <summary>How a level is named, and what the patient is told to do, in both languages.</summary>
public static class TriageLevelText
{
    public static LocalizedText Name(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => new("URGENCE VITALE (15)", "EMERGENCY (15)"),
        TriageLevel.Urgent => new("URGENT (moins de 2 h)", "URGENT (within 2 h)"),
        TriageLevel.SemiUrgent => new("SEMI-URGENT (moins de 24 h)", "SEMI-URGENT (within 24 h)"),
        _ => new("NON URGENT (moins de 48 h)", "NON-URGENT (within 48 h)"),
    };

    public static LocalizedText Advice(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => new(
            "Appelez le 15 maintenant. Ne prenez pas le volant. Si la personne ne respire plus, commencez le massage cardiaque.",
            "Call 15 (or 112) now. Do not drive yourself. If the person is not breathing, start chest compressions."),
        TriageLevel.Urgent => new(
            "Un médecin de la CPTS doit vous voir dans les 2 heures. Si votre état s'aggrave, appelez le 15.",
            "A CPTS doctor should see you within 2 hours. If you get worse, call 15."),
        TriageLevel.SemiUrgent => new(
            "Un médecin de la CPTS doit vous voir dans les 24 heures. Si votre état s'aggrave, appelez le 15.",
            "A CPTS doctor should see you within 24 hours. If you get worse, call 15."),
        _ => new(
            "Un médecin de la CPTS vous verra dans les 48 heures. Si votre état change, refaites le questionnaire ou appelez le 116 117.",
            "A CPTS doctor will see you within 48 hours. If things change, take the questionnaire again or call 116 117."),
    };
}
