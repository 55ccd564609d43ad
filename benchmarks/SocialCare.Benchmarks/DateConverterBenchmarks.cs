using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using SocialCare.Benchmarks.Support;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Benchmarks;

/// <summary>
/// ADR 0010: what reading a Mosaic date costs, per value, over 5,000 values in one JSON array: the converter's own
/// parser against the JSON reader's (<c>TryGetDateTimeOffset</c> / <c>TryGetDateTime</c>). Date-times are in the
/// sandbox's shape (<c>2026-06-30T08:15:00Z</c>), one in ten near midnight UTC (London's zone is asked) and one in ten
/// with <c>+01:00</c>; dates are <c>yyyy-MM-dd</c>.
/// </summary>
[MemoryDiagnoser]
public class DateConverterBenchmarks
{
    private const int Values = 5000;
    private static readonly JsonSerializerOptions Options = JsonSerializerOptions.Default;
    private readonly MosaicDateConverter _hand = new();
    private readonly ReaderDateConverter _reader = new();
    private byte[] _json = [];

    [Params("date-times", "dates")]
    public string Shape { get; set; } = "date-times";

    [GlobalSetup]
    public void Prepare()
    {
        var origin = new DateOnly(2026, 6, 30);
        var values = Enumerable.Range(0, Values).Select(i =>
        {
            var day = origin.AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Shape == "dates" ? day : (i % 10) switch
            {
                0 => day + "T23:30:00Z",
                1 => day + $"T{8 + (i % 10):D2}:{i % 60:D2}:00+01:00",
                _ => day + $"T{8 + (i % 10):D2}:{i % 60:D2}:00Z",
            };
        });
        _json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values.ToArray()));
        if (Read(_hand) != Read(_reader))
        {
            throw new InvalidOperationException("The two parsers read different dates.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Values, Description = "Hand-written parser")]
    public long Hand() => Read(_hand);

    [Benchmark(OperationsPerInvoke = Values, Description = "The reader's TryGetDateTimeOffset / TryGetDateTime")]
    public long Reader() => Read(_reader);

    private long Read(JsonConverter<DateOnly> converter)
    {
        var reader = new Utf8JsonReader(_json);
        var sum = 0L;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                sum += converter.Read(ref reader, typeof(DateOnly), Options).DayNumber;
            }
        }

        return sum;
    }
}
