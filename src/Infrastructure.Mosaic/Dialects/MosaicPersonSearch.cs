namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>
/// How a dialect finds a person: a GET of <paramref name="Path"/> (relative to the council's base URL) with the NHS
/// number, ten digits, in the header <paramref name="NhsNumberHeader"/>. The library places the number; a dialect
/// never sees it, so it can be in neither the path nor the query. Checked at start-up: the path is relative, the
/// header a valid field name that is not one the library or HTTP uses for something else.
/// </summary>
public sealed record MosaicPersonSearch(Uri Path, string NhsNumberHeader);
