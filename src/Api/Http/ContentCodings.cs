using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SocialCare.Api.Http;

/// <summary>
/// Chooses the content coding of an asset from the request's <c>Accept-Encoding</c> (RFC 9110 §12.5.3): the coding
/// with the highest q-value among Brotli, gzip and none (identity); on a tie, the smaller (Brotli, then gzip, then
/// identity). A coding not named takes <c>*</c>'s q-value, or else 0, except identity: acceptable by default, but
/// below any coding the request accepts, since naming codings says it wants one ("gzip;q=0.8" is gzip). No header,
/// an empty or malformed one, or one that accepts nothing SocialCare has: identity.
/// </summary>
internal static class ContentCodings
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    private const string Identity = "identity";

    /// <summary><see cref="Brotli"/>, <see cref="Gzip"/>, or null for none (identity).</summary>
    public static string? Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted)
            || accepted.Count == 0)
        {
            return null;
        }

        var brotli = QualityOf(accepted, Brotli, unnamed: 0);
        var gzip = QualityOf(accepted, Gzip, unnamed: 0);
        var identity = QualityOf(accepted, Identity, unnamed: double.Epsilon);
        if (brotli > 0 && brotli >= gzip && brotli >= identity)
        {
            return Brotli;
        }

        return gzip > 0 && gzip >= identity ? Gzip : null;
    }

    private static double QualityOf(IList<StringWithQualityHeaderValue> accepted, string coding, double unnamed)
    {
        double? any = null;
        foreach (var entry in accepted)
        {
            var name = entry.Value.Value;
            if (string.Equals(name, coding, StringComparison.OrdinalIgnoreCase)
                || (coding == Gzip && string.Equals(name, "x-gzip", StringComparison.OrdinalIgnoreCase)))
            {
                return entry.Quality ?? 1;
            }

            if (name == "*")
            {
                any ??= entry.Quality ?? 1;
            }
        }

        return any ?? unnamed;
    }
}
