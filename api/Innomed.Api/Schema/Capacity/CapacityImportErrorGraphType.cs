using GraphQL.Types;
using Innomed.Grains.Capacity;

namespace Innomed.Api.Schema.Capacity;

public sealed class CapacityImportErrorGraphType : ObjectGraphType<CapacityImportError>
{
    public CapacityImportErrorGraphType()
    {
        Name = "CapacityImportError";
        Field(x => x.Row).Description("1-based line number; the header is row 1.");
        Field(x => x.Column, nullable: true).Description("The column at fault; null when it is the whole row.");
        Field(x => x.Code).Description("EMPTY, TOO_LARGE, UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN, TOO_MANY_ROWS, WRONG_FIELD_COUNT, "
            + "REQUIRED, UNKNOWN_BED_TYPE, BAD_NUMBER, NEGATIVE, CONFLICT, DUPLICATE_BED_TYPE, UNKNOWN_UNIT, FORBIDDEN, BAD_USER_INPUT.");
        Field(x => x.Message);
    }
}
