namespace Innomed.Grains.Directory;

public enum PractitionerRole
{
    Gp,
    Specialist,
    HospitalDoctor,
    Biologist,
    Radiologist,
    Regulator,
    Nurse,
}
