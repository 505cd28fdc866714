using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tarmeem.Host.AddIn;

/// <summary>The status API's JSON: camelCase, Arabic left readable, absent values left out.</summary>
internal static class AddInJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
