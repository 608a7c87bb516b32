using Innomed.Grains.Journeys;
using C = Innomed.Grains.Triage.SymptomCategory;
using O = Innomed.Grains.Triage.OptionCodes;
using Q = Innomed.Grains.Triage.QuestionCodes;

namespace Innomed.Grains.Triage;

/// <summary>
/// The versioned triage questionnaire, as data. The chatbot asks the first question of <see cref="Questions"/>
/// that applies to the answers so far and is not answered yet, so the order is a priority order: who, what
/// brings them, then the red flags their complaint calls for (an emergency is found before history is
/// taken), then pregnancy, history, and the general measures. A question that becomes applicable later
/// (purpura once a fever is measured) is asked as soon as it does. The flow is a pure function of the
/// answers: resuming a journey is calling <c>Next</c> again.
/// </summary>
public static class TriageQuestionnaire
{
    /// <summary>Stored with the answers; bump it when a question, an option or a condition changes.</summary>
    public const string Version = "2025.1";

    private static readonly LocalizedText Years = new("ans", "years");
    private static readonly LocalizedText Months = new("mois", "months");
    private static readonly LocalizedText Weeks = new("semaines", "weeks");
    private static readonly LocalizedText Celsius = new("°C", "°C");
    private static readonly LocalizedText OutOfTen = new("sur 10", "out of 10");

    public static readonly IReadOnlyList<TriageQuestion> Questions =
    [
        new(Q.Age, QuestionKind.Number,
            T("Quel âge a la personne qui a besoin de soins (en années) ? Pour un bébé de moins d'un an, répondez 0.",
              "How old is the person who needs care (in years)? For a baby under one, answer 0."),
            _ => true) { Range = new(0, 120, 0, Years) },
        new(Q.AgeMonths, QuestionKind.Number,
            T("Quel âge a l'enfant, en mois ?", "How old is the child, in months?"),
            s => s.Number(Q.Age) < 2) { Range = new(0, 23, 0, Months) },
        new(Q.Sex, QuestionKind.Choice,
            T("Quel est le sexe de la personne ?", "What is the person's sex?"),
            _ => true)
        {
            Help = T("Cela sert à savoir si une grossesse est possible.", "This tells us whether a pregnancy is possible."),
            Options = [Opt(O.Female, "Femme", "Female"), Opt(O.Male, "Homme", "Male"), Opt(O.OtherSex, "Autre ou ne souhaite pas répondre", "Other or prefer not to say")],
        },
        new(Q.Reason, QuestionKind.FreeText,
            T("En quelques mots, qu'est-ce qui vous amène ?", "In a few words, what brings you here today?"),
            _ => true),
        new(Q.Category, QuestionKind.Choice,
            T("Nous n'avons pas bien compris. Cela concerne plutôt :", "We did not quite understand. Is it mostly about:"),
            s => s.Has(Q.Reason) && !s.Classification.IsUnderstood) { Options = CategoryOptions() },
        RedFlag(Q.AlteredConsciousness,
            "La personne a-t-elle perdu connaissance, ou est-elle confuse, très somnolente ou difficile à réveiller ?",
            "Has the person lost consciousness, or are they confused, very drowsy or hard to wake?",
            s => s.Has(Q.Reason)),
        RedFlag(Q.ChestPain,
            "Avez-vous une douleur ou une oppression dans la poitrine ?",
            "Do you have pain or tightness in the chest?",
            s => s.About(C.Cardiovascular) || s.About(C.Respiratory) || s.Mentions(Q.ChestPain)),
        RedFlag(Q.ChestSweating,
            "Cette douleur s'accompagne-t-elle de sueurs, de pâleur ou de nausées ?",
            "Does the pain come with sweating, paleness or nausea?",
            s => s.Yes(Q.ChestPain)),
        RedFlag(Q.ChestRadiation,
            "La douleur s'étend-elle vers le bras, la mâchoire, le cou ou le dos ?",
            "Does the pain spread to the arm, jaw, neck or back?",
            s => s.Yes(Q.ChestPain)),
        RedFlag(Q.Breathless,
            "Êtes-vous essoufflé(e) au repos ou au moindre effort ?",
            "Are you short of breath at rest or on the slightest effort?",
            s => s.About(C.Cardiovascular) || s.About(C.Respiratory) || s.Yes(Q.ChestPain) || s.Mentions(Q.Breathless)),
        RedFlag(Q.BreathingDistress,
            "La personne a-t-elle beaucoup de mal à respirer : ne peut pas finir une phrase, lèvres bleues, respiration très rapide ou bruyante, côtes qui se creusent ?",
            "Is the person struggling to breathe: cannot finish a sentence, blue lips, very fast or noisy breathing, ribs pulling in?",
            s => s.About(C.Respiratory) || s.About(C.Ent) || s.Yes(Q.Breathless) || s.Mentions(Q.BreathingDistress)),
        RedFlag(Q.WheezingUnrelieved,
            "Si vous avez un traitement inhalé pour l'asthme (Ventoline…), est-il sans effet cette fois ?",
            "If you have an asthma inhaler (salbutamol…), is it not helping this time?",
            s => s.About(C.Respiratory)),
        RedFlag(Q.StrokeSigns,
            "Avez-vous remarqué, brutalement : bouche déviée, faiblesse ou engourdissement d'un bras ou d'une jambe, difficulté à parler ou à comprendre, perte de la vue d'un œil ?",
            "Have you noticed, suddenly: a drooping face, weakness or numbness of an arm or leg, trouble speaking or understanding, loss of sight in one eye?",
            s => s.About(C.Neurological) || s.Mentions(Q.StrokeSigns)),
        RedFlag(Q.SuddenSevereHeadache,
            "Avez-vous un mal de tête brutal et très intense, le pire de votre vie, maximal en quelques secondes ?",
            "Do you have a sudden, very severe headache, the worst of your life, peaking within seconds?",
            s => s.About(C.Neurological) || s.Mentions(Q.SuddenSevereHeadache)),
        RedFlag(Q.Seizure,
            "Y a-t-il eu des convulsions (une crise) aujourd'hui ?",
            "Has there been a seizure (a fit) today?",
            s => s.About(C.Neurological) || s.Mentions(Q.Seizure)),
        RedFlag(Q.StiffNeck,
            "La nuque est-elle raide : impossible de pencher la tête en avant, menton vers la poitrine ?",
            "Is the neck stiff: unable to bend the head forward, chin to chest?",
            s => s.About(C.Neurological) || s.About(C.FeverInfection) || s.Fever(38m) || s.Mentions(Q.StiffNeck)),
        RedFlag(Q.AnaphylaxisSigns,
            "Après un contact possible avec un allergène (piqûre, aliment, médicament) : gonflement du visage, des lèvres ou de la langue, gêne pour respirer ou avaler, ou malaise ?",
            "After possible contact with an allergen (sting, food, medicine): swelling of the face, lips or tongue, difficulty breathing or swallowing, or feeling faint?",
            s => s.About(C.Skin) || s.About(C.Ent) || s.About(C.Respiratory) || s.Mentions(Q.AnaphylaxisSigns)),
        RedFlag(Q.Purpura,
            "Y a-t-il sur la peau des taches rouges ou violacées qui ne s'effacent pas quand on appuie dessus (test du verre) ?",
            "Are there red or purple spots on the skin that do not fade when pressed (glass test)?",
            s => s.About(C.Skin) || s.About(C.FeverInfection) || s.Fever(38m) || s.Mentions(Q.Purpura)),
        RedFlag(Q.SevereBleeding,
            "Y a-t-il un saignement abondant qui ne s'arrête pas malgré une compression ?",
            "Is there heavy bleeding that does not stop with firm pressure?",
            s => s.About(C.Trauma) || s.Mentions(Q.SevereBleeding)),
        RedFlag(Q.HighEnergyTrauma,
            "S'agit-il d'un accident violent : accident de la route, chute de plus de 3 mètres, choc à grande vitesse ?",
            "Was it a violent accident: road accident, fall from over 3 metres, high-speed impact?",
            s => s.About(C.Trauma) || s.Mentions(Q.HighEnergyTrauma)),
        RedFlag(Q.HeadInjury,
            "La tête a-t-elle reçu un choc ?",
            "Was the head hit?",
            s => s.About(C.Trauma) || s.Mentions(Q.HeadInjury)),
        RedFlag(Q.HeadInjurySigns,
            "Depuis le choc : perte de connaissance, vomissements, confusion, somnolence ou mal de tête qui augmente ?",
            "Since the blow: loss of consciousness, vomiting, confusion, drowsiness or a worsening headache?",
            s => s.Yes(Q.HeadInjury) || s.Unknown(Q.HeadInjury)),
        RedFlag(Q.LimbDeformity,
            "Un membre est-il déformé, ou un os est-il visible dans la plaie ?",
            "Is a limb deformed, or is a bone visible in the wound?",
            s => s.About(C.Trauma)),
        RedFlag(Q.CannotUseLimb,
            "Est-il impossible d'appuyer sur le membre blessé ou de s'en servir (faire 4 pas, tenir un objet) ?",
            "Is it impossible to put weight on or use the injured limb (take 4 steps, hold an object)?",
            s => s.About(C.Trauma)),
        RedFlag(Q.SuicidalIdeation,
            "Avez-vous des idées de suicide ou l'envie de vous faire du mal ?",
            "Are you having thoughts of suicide or of harming yourself?",
            s => s.About(C.MentalHealth) || s.Mentions(Q.SuicidalIdeation)),
        RedFlag(Q.SuicidalPlan,
            "Avez-vous pensé à la façon de le faire, ou préparé quelque chose pour passer à l'acte ?",
            "Have you thought about how you would do it, or prepared anything to act on it?",
            s => s.Yes(Q.SuicidalIdeation) || s.Unknown(Q.SuicidalIdeation)),
        RedFlag(Q.GiBleeding,
            "Avez-vous vomi du sang, ou vos selles sont-elles noires ou pleines de sang ?",
            "Have you vomited blood, or are your stools black or bloody?",
            s => s.About(C.Digestive) || s.Mentions(Q.GiBleeding)),
        RedFlag(Q.Dehydration,
            "Est-il impossible de boire ou de garder les liquides, ou la personne urine-t-elle très peu (couches sèches) ?",
            "Is it impossible to drink or keep fluids down, or is the person passing very little urine (dry nappies)?",
            s => s.About(C.Digestive)),
        RedFlag(Q.FlankPain,
            "Avez-vous une douleur dans le bas du dos, sur un côté (la fosse lombaire) ?",
            "Do you have pain in one side of your lower back (the flank)?",
            s => s.About(C.Urinary)),
        RedFlag(Q.UrinaryRetention,
            "Est-il impossible d'uriner malgré l'envie ?",
            "Are you unable to pass urine despite the urge?",
            s => s.About(C.Urinary) || s.Mentions(Q.UrinaryRetention)),
        RedFlag(Q.CannotSwallow,
            "Est-il impossible d'avaler sa salive, ou d'ouvrir la bouche ?",
            "Is it impossible to swallow saliva, or to open the mouth?",
            s => s.About(C.Ent)),
        RedFlag(Q.SepsisSigns,
            "La peau est-elle marbrée ou grise, les mains et les pieds froids, la respiration très rapide, ou les urines absentes depuis 12 heures ?",
            "Is the skin mottled or grey, are hands and feet cold, is breathing very fast, or has no urine been passed for 12 hours?",
            s => s.About(C.FeverInfection) || s.Fever(38m) || s.Mentions(Q.SepsisSigns)),
        new(Q.Pregnancy, QuestionKind.Choice,
            T("Êtes-vous enceinte, ou avez-vous accouché dans les 6 dernières semaines ?",
              "Are you pregnant, or have you given birth in the last 6 weeks?"),
            MayBePregnant)
        {
            Options =
            [
                Opt(O.NotPregnant, "Non", "No"), Opt(O.Pregnant, "Enceinte", "Pregnant"),
                Opt(O.Postpartum, "Accouchement il y a moins de 6 semaines", "Gave birth less than 6 weeks ago"),
                Opt(O.PregnancyUnsure, "Je ne sais pas, c'est possible", "Not sure, it is possible"),
            ],
        },
        new(Q.PregnancyWeeks, QuestionKind.Number,
            T("De combien de semaines êtes-vous enceinte ?", "How many weeks pregnant are you?"),
            s => s.Pregnant) { Range = new(1, 42, 0, Weeks), AllowsUnknown = true },
        RedFlag(Q.PregnancyBleeding,
            "Avez-vous des saignements vaginaux (pendant la grossesse : même peu ; après l'accouchement : plus abondants que des règles) ?",
            "Do you have vaginal bleeding (in pregnancy: even a little; after giving birth: heavier than a period)?",
            s => s.MaybePregnant || s.Postpartum),
        RedFlag(Q.PregnancyAbdominalPain,
            "Avez-vous des douleurs au ventre ou des contractions ?",
            "Do you have abdominal pain or contractions?",
            s => s.MaybePregnant || s.Postpartum),
        RedFlag(Q.PregnancyHeadacheVision,
            "Avez-vous un mal de tête inhabituel, des troubles de la vue (taches, éclairs) ou un gonflement brutal du visage ou des mains ?",
            "Do you have an unusual headache, vision problems (spots, flashes) or sudden swelling of the face or hands?",
            // Pre-eclampsia: from 20 weeks (asked too when the term is unknown) up to 6 weeks after birth.
            s => (s.Pregnant && (s.Number(Q.PregnancyWeeks) is not { } w || w >= 20)) || s.Postpartum),
        new(Q.ChronicConditions, QuestionKind.MultiChoice,
            T("Avez-vous une de ces maladies chroniques ?", "Do you have any of these long-term conditions?"),
            _ => true)
        {
            Options =
            [
                Opt(Q.None, "Aucune", "None"), Opt(O.Diabetes, "Diabète", "Diabetes"),
                Opt(O.HeartDisease, "Maladie du cœur", "Heart disease"),
                Opt(O.LungDisease, "Maladie des poumons (asthme, BPCO)", "Lung disease (asthma, COPD)"),
                Opt(O.KidneyDisease, "Maladie des reins", "Kidney disease"), Opt(O.Cancer, "Cancer", "Cancer"),
                Opt(O.Immunodeficiency, "Défenses immunitaires affaiblies (VIH, greffe…)", "Weakened immune system (HIV, transplant…)"),
                Opt(O.SickleCell, "Drépanocytose", "Sickle cell disease"),
            ],
        },
        new(Q.Treatments, QuestionKind.MultiChoice,
            T("Prenez-vous un de ces traitements ?", "Are you taking any of these treatments?"),
            _ => true)
        {
            Options =
            [
                Opt(Q.None, "Aucun", "None"),
                Opt(O.Chemotherapy, "Chimiothérapie (dans les 3 derniers mois)", "Chemotherapy (in the last 3 months)"),
                Opt(O.Anticoagulants, "Anticoagulant (AVK, Eliquis, Xarelto, Pradaxa, héparine)", "Anticoagulant (warfarin, apixaban, rivaroxaban, dabigatran, heparin)"),
                Opt(O.Immunosuppressants, "Immunosuppresseur ou cortisone au long cours", "Immunosuppressant or long-term steroids"),
            ],
        },
        new(Q.Duration, QuestionKind.Choice,
            T("Depuis combien de temps ?", "For how long?"),
            _ => true)
        {
            Options =
            [
                Opt(O.UnderOneHour, "Moins d'une heure", "Less than an hour"), Opt(O.UnderOneDay, "Moins de 24 heures", "Less than 24 hours"),
                Opt(O.OneToThreeDays, "1 à 3 jours", "1 to 3 days"), Opt(O.FourToSevenDays, "4 à 7 jours", "4 to 7 days"),
                Opt(O.OneToFourWeeks, "1 à 4 semaines", "1 to 4 weeks"), Opt(O.OverOneMonth, "Plus d'un mois", "More than a month"),
            ],
        },
        new(Q.Pain, QuestionKind.Number,
            T("De 0 (aucune douleur) à 10 (la pire douleur imaginable), quelle est l'intensité de la douleur ?",
              "From 0 (no pain) to 10 (the worst pain imaginable), how bad is the pain?"),
            _ => true) { Range = new(0, 10, 0, OutOfTen) },
        new(Q.Temperature, QuestionKind.Number,
            T("Quelle est la température mesurée, en °C ? Répondez « je ne sais pas » si elle n'a pas été prise.",
              "What is the measured temperature, in °C? Answer “don't know” if it was not taken."),
            _ => true) { Range = new(30, 44, 1, Celsius), AllowsUnknown = true },
        new(Q.Feverish, QuestionKind.YesNo,
            T("Sans thermomètre : la personne semble-t-elle fiévreuse (chaude, frissons, sueurs) ?",
              "Without a thermometer: does the person seem feverish (hot, shivering, sweating)?"),
            s => s.Unknown(Q.Temperature)) { AllowsUnknown = true },
        new(Q.Discomfort, QuestionKind.Choice,
            T("Quelle gêne dans la vie de tous les jours ?", "How much does it affect daily life?"),
            _ => true)
        {
            Options =
            [
                Opt(O.NoDiscomfort, "Aucune gêne", "Not at all"), Opt(O.MildDiscomfort, "Gêne légère, activités possibles", "A little, usual activities possible"),
                Opt(O.LimitingDiscomfort, "Activités habituelles impossibles", "Cannot do usual activities"),
                Opt(O.UnableDiscomfort, "Alité(e), ne peut ni se lever ni s'alimenter", "Bedridden, cannot get up, eat or drink"),
            ],
        },
    ];

    private static readonly Dictionary<string, TriageQuestion> ByCode =
        Questions.ToDictionary(q => q.Code, StringComparer.OrdinalIgnoreCase);

    public static TriageQuestion? Find(string code) => ByCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The next question to ask, or null when triage is complete. Also null as soon as an EMERGENCY rule
    /// fires: every further question would delay the call to 15.
    /// </summary>
    public static TriageQuestion? Next(IReadOnlyList<TriageAnswer> answers) => Next(new AnswerSheet(answers));

    public static TriageQuestion? Next(AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (ClinicalRules.AnyEmergency(sheet)) return null;
        return Pending(sheet).FirstOrDefault();
    }

    /// <summary>Every question that applies to these answers and has no readable answer yet, in asking order.</summary>
    public static IEnumerable<TriageQuestion> Pending(AnswerSheet sheet) =>
        Questions.Where(q => !sheet.Has(q.Code) && q.AskWhen(sheet));

    public static AnswerValidation Validate(TriageQuestion question, string? raw) => AnswerValidator.Validate(question, raw);

    /// <summary>Validates an answer to a question given by code; an unknown code is refused like a bad value.</summary>
    public static AnswerValidation Validate(string code, string? raw) =>
        Find(code) is { } question
            ? AnswerValidator.Validate(question, raw)
            : AnswerValidation.Fail($"Question inconnue : {code}.", $"Unknown question: {code}.");

    // Children under 12 and adults over 55 are not asked; without an age yet, the question is asked.
    private static bool MayBePregnant(AnswerSheet s) =>
        !s.Is(Q.Sex, O.Male) && s.AgeYears is not ({ } age and (< 12 or > 55));

    private static TriageQuestion RedFlag(string code, string fr, string en, Func<AnswerSheet, bool> when) =>
        new(code, QuestionKind.YesNo, T(fr, en), when) { AllowsUnknown = true, IsRedFlag = true };

    private static LocalizedText T(string fr, string en) => new(fr, en);

    private static TriageOption Opt(string code, string fr, string en) => new(code, new LocalizedText(fr, en));

    private static TriageOption[] CategoryOptions() =>
    [
        Opt(SymptomCategoryCodes.Code(C.Respiratory), "Respiration, toux", "Breathing, cough"),
        Opt(SymptomCategoryCodes.Code(C.Cardiovascular), "Cœur, poitrine, palpitations", "Heart, chest, palpitations"),
        Opt(SymptomCategoryCodes.Code(C.Digestive), "Ventre, digestion", "Stomach, digestion"),
        Opt(SymptomCategoryCodes.Code(C.Neurological), "Tête, nerfs, vertiges", "Head, nerves, dizziness"),
        Opt(SymptomCategoryCodes.Code(C.Trauma), "Chute, blessure, douleur d'un membre", "Fall, injury, painful limb"),
        Opt(SymptomCategoryCodes.Code(C.Skin), "Peau, allergie", "Skin, allergy"),
        Opt(SymptomCategoryCodes.Code(C.Urinary), "Urines, reins", "Urine, kidneys"),
        Opt(SymptomCategoryCodes.Code(C.MentalHealth), "Moral, angoisse, sommeil", "Mood, anxiety, sleep"),
        Opt(SymptomCategoryCodes.Code(C.Ent), "Gorge, oreilles, nez", "Throat, ears, nose"),
        Opt(SymptomCategoryCodes.Code(C.FeverInfection), "Fièvre, infection", "Fever, infection"),
        Opt(SymptomCategoryCodes.Code(C.Other), "Autre chose", "Something else"),
    ];
}
