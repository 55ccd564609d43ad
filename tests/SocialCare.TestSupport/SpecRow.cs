namespace SocialCare.TestSupport;

/// <summary>
/// One patient's row of spec §6: what each kind of viewer is answered. <see cref="OtherPatients"/> is every other
/// patient of the seed, viewing this one with their own id.
/// </summary>
public sealed record SpecRow<T>(
    string Patient,
    T Self,
    T CarerWithLabel,
    T TeamProfessional,
    T IndividualProfessional,
    T CarerWithoutLabel,
    T ProfessionalWithoutLabel,
    T Unrelated,
    T UnknownViewer,
    T OtherPatients)
{
    /// <summary>The row as one case per viewer: the patient's own id first, then the personas, then the others.</summary>
    public IEnumerable<(string Viewer, T Expected)> ByViewer()
    {
        yield return (Patient, Self);
        yield return (Demo.CarerWithLabel, CarerWithLabel);
        yield return (Demo.TeamProfessional, TeamProfessional);
        yield return (Demo.IndividualProfessional, IndividualProfessional);
        yield return (Demo.CarerWithoutLabel, CarerWithoutLabel);
        yield return (Demo.ProfessionalWithoutLabel, ProfessionalWithoutLabel);
        yield return (Demo.Unrelated, Unrelated);
        yield return (Demo.UnknownViewer, UnknownViewer);
        foreach (var other in Demo.Patients.Where(p => p != Patient))
        {
            yield return (other, OtherPatients);
        }
    }
}
