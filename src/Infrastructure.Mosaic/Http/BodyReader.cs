namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>Reads a whole response body; the span is valid only during the call.</summary>
internal delegate T? BodyReader<T>(ReadOnlySpan<byte> body);
