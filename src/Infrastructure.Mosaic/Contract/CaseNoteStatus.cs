using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

[JsonConverter(typeof(MosaicEnumConverter<CaseNoteStatus>))]
internal enum CaseNoteStatus
{
    Draft,
    Complete,
    TimedOut,
    Deleted,
}
