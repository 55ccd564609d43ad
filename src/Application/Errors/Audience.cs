namespace SocialCare.Application.Errors;

/// <summary>
/// Who reads a message: the patient ("you") or anyone else ("this person"). Until the directory has said the viewer
/// is the patient, the audience is <see cref="Other"/>.
/// </summary>
public enum Audience
{
    Other,
    Patient,
}
