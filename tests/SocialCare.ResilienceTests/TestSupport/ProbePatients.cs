using SocialCare.TestSupport;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>The patient whose own view, asked by the patient, shows whether an authority has recovered from a fault.</summary>
internal static class ProbePatients
{
    public static string For(string authority) => authority switch
    {
        Boroughs.Brent => Demo.TwoAuthorities,
        Boroughs.Ealing => Demo.NotKnown,
        Boroughs.Hammersmith => Demo.Full,
        Boroughs.Harrow => Demo.NotShared,
        Boroughs.Hillingdon => Demo.RecordMismatch,
        Boroughs.Kensington => Demo.Large,
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, "No fault is planned there."),
    };
}
