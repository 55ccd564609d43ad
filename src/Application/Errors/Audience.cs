namespace SocialCare.Application.Errors;

/// <summary>
/// Who reads a message: the patient ("you") or anyone else ("this person"). Until the directory has said the viewer
/// is the patient, the audience is <see cref="Other"/>.
/// </summary>
public enum Audience
{
    /// <summary>Anyone but the patient: a concealed outcome reads as not known.</summary>
    Other,
    /// <summary>The patient, who is told every outcome as it is.</summary>
    Patient,
}
