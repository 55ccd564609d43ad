using System.Text.Json;
using SocialCare.Api.Contracts;
using SocialCare.Api.Http;

namespace SocialCare.Api.Tests.Http;

public class UtcInstantJsonConverterTests
{
    [Test]
    public void Instant_is_written_in_utc_with_three_fraction_digits_and_z()
    {
        var response = new SocialCareResponse("demo-full", new DateTimeOffset(2026, 3, 4, 10, 15, 30, 100, TimeSpan.FromHours(1)), [], []);

        var json = JsonSerializer.Serialize(response, SocialCareJsonContext.Default.SocialCareResponse);

        Assert.That(json, Is.EqualTo("{\"patientId\":\"demo-full\",\"retrievedAt\":\"2026-03-04T09:15:30.100Z\",\"sources\":[],\"warnings\":[]}"));
    }

    [Test]
    public void Absent_optional_values_are_written_as_null()
    {
        var json = JsonSerializer.Serialize(new SocialCareTabResponse(true, null), SocialCareJsonContext.Default.SocialCareTabResponse);

        Assert.That(json, Is.EqualTo("{\"visible\":true,\"reason\":null}"));
    }
}
