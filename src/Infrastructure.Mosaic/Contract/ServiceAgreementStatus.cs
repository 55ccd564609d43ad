using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

[JsonConverter(typeof(MosaicEnumConverter<ServiceAgreementStatus>))]
internal enum ServiceAgreementStatus
{
    Proposed,
    Active,
    Ended,
    Cancelled,
}
