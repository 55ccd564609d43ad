namespace SocialCare.Load.ReferenceEndpoint;

/// <summary>
/// The demo patients the load test may drive, as the Host's demo directory maps them (docs/sandbox.md, "Demo
/// patients"). Hard-coded rather than read from the seed so that the reference references the baseline client only.
/// </summary>
public static class ReferencePatients
{
    private static readonly Dictionary<string, ReferencePatient> Known = new(StringComparer.Ordinal)
    {
        ["demo-full"] = new("9990000018", ["E09000013"]),
        ["demo-two-authorities"] = new("9990000069", ["E09000005", "E09000009"]),
        ["demo-large"] = new("9990000085", ["E09000020"]),
    };

    public static IEnumerable<string> Authorities => Known.Values.SelectMany(p => p.Authorities).Distinct(StringComparer.Ordinal);

    public static ReferencePatient? Find(string patientId) => Known.GetValueOrDefault(patientId);
}
