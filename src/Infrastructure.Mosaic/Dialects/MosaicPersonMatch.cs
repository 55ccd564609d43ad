namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>
/// One entry of a person search: the person's Mosaic id (null or blank makes the answer malformed) and whether this
/// entry records consent to share with third parties. Anything but a clear "given" is <c>false</c>.
/// </summary>
public readonly record struct MosaicPersonMatch(string? PersonId, bool ConsentGiven);
