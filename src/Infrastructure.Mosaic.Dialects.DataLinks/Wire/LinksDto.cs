namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>Where the next page is: a URL relative to the council's base URL, or absolute under it; null on the last page.</summary>
internal sealed record LinksDto(Uri? Next);
