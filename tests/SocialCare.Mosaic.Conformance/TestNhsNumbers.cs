using System.Globalization;
using SocialCare.Domain.Patients;

namespace SocialCare.Mosaic.Conformance;

/// <summary>Valid NHS numbers in the 999 range, which the NHS never issues to real people.</summary>
internal static class TestNhsNumbers
{
    /// <summary>A valid number, different for every <paramref name="serial"/> from 1 to 49,999.</summary>
    public static NhsNumber For(int serial)
    {
        // One nine-digit stem in eleven has no valid check digit, so step on until one has.
        for (var stem = 999_000_000 + (serial * 20); ; stem++)
        {
            var digits = stem.ToString(CultureInfo.InvariantCulture);
            for (var check = 0; check <= 9; check++)
            {
                var created = NhsNumber.Create(digits + check.ToString(CultureInfo.InvariantCulture));
                if (created.IsValid)
                {
                    return created.Value;
                }
            }
        }
    }
}
