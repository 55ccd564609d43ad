using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

[JsonConverter(typeof(MosaicEnumConverter<AssessmentStatus>))]
internal enum AssessmentStatus
{
    Incoming,
    InProgress,
    Completed,
    Reopened,
}
