using GraphQL.Types;
using Innomed.Grains.Epidemiology;

namespace Innomed.Api.Schema.Epidemiology;

public sealed class CategoryCountGraphType : ObjectGraphType<CategoryCount>
{
    public CategoryCountGraphType()
    {
        Name = "CategoryCount";
        Description = "One category (or the total) on one day. Counts from 1 to k-1 are suppressed, and so is every value derived from one.";
        Field<SymptomCategoryEnum>("category").Description("Null for the day's total.").Resolve(c => c.Source.Category);
        Field(x => x.Count, nullable: true).Description("Journeys triaged that day; null when suppressed.");
        Field(x => x.Suppressed);
        Field(x => x.RollingAverage7, nullable: true).Description("Mean per day over the 7 days ending this day; null if any of them is suppressed.");
        Field(x => x.WeekTotal, nullable: true).Description("Sum of the 7 days ending this day; null if any is suppressed.");
        Field(x => x.PreviousWeekTotal, nullable: true).Description("Sum of the 7 days before those.");
        Field(x => x.WeekOverWeekChange, nullable: true)
            .Description("(weekTotal - previousWeekTotal) / previousWeekTotal, e.g. 0.25 for +25 %; null when withheld or the previous week is 0.");
    }
}
