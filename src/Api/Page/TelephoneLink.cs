using System.Text;

namespace SocialCare.Api.Page;

/// <summary>
/// A <c>tel:</c> link dials what the reader sees, so a field is linked only when the whole of it is a telephone
/// number: ASCII digits, spaces, brackets and dashes, with at most one <c>+</c>, at the start. Anything else
/// (<c>+44 20 7946 0001 ext 9</c>, letters, markup, a second number) is shown as text without a link.
/// </summary>
internal static class TelephoneLink
{
    // The shortest numbers a reader may be given are three digits (999, 111).
    private const int MinimumDigits = 3;

    /// <summary>The link's target (<c>tel:</c> and the digits, with the leading <c>+</c>), or null for no link.</summary>
    public static string? Target(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var international = number.StartsWith('+');
        var dial = new StringBuilder(number.Length + 4).Append(international ? "tel:+" : "tel:");
        var digits = 0;
        for (var i = international ? 1 : 0; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c))
            {
                dial.Append(c);
                digits++;
            }
            else if (international && number.AsSpan(i).StartsWith("(0)", StringComparison.Ordinal))
            {
                // "+44 (0)20 …": the bracketed trunk 0 is dialled from inside the country only, never after +44.
                i += 2;
            }
            else if (c is not (' ' or '(' or ')' or '-'))
            {
                return null;
            }
        }

        return digits >= MinimumDigits ? dial.ToString() : null;
    }
}
