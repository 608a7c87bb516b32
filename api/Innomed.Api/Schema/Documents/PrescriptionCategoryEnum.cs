using GraphQL.Types;
using Innomed.Api.Documents;

namespace Innomed.Api.Schema.Documents;

public sealed class PrescriptionCategoryEnum : EnumerationGraphType<PrescriptionCategory>
{
    public PrescriptionCategoryEnum()
    {
        Name = "PrescriptionCategory";
        Description = "Medication (pharmacist), laboratory tests, imaging, or nursing care.";
    }
}
