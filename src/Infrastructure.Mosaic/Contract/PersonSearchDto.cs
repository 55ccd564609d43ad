namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>The answer to <c>GET v1/persons</c>: the Mosaic persons recorded with one NHS number.</summary>
internal sealed class PersonSearchDto
{
    public List<PersonDto?>? Persons { get; init; }
}
