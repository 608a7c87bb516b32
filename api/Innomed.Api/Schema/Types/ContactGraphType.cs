using GraphQL.Types;
using Innomed.Grains.Directory;

namespace Innomed.Api.Schema.Types;

public sealed class ContactGraphType : ObjectGraphType<Contact>
{
    public ContactGraphType()
    {
        Name = "Contact";
        Description = "How to reach someone now: phone, mail, video.";
        Field(x => x.Name, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.VideoLink, nullable: true);
    }
}
