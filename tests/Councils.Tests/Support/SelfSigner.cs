using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Councils.Domain.Record;
using Councils.Node.Views;

namespace Councils.Tests.Support;

/// <summary>A member who holds their own key and posts entries they signed to a body's log, as docs/record.md sets out.</summary>
public sealed class SelfSigner(SigningKey key) : IDisposable
{
    public SigningKey Key { get; } = key;

    public string PublicKey => Key.PublicKey.ToString();

    /// <summary>An entry placed at the log's head as the node reports it now.</summary>
    public async Task<Entry> AtHeadAsync(HttpClient http, string body, string kind, JsonObject payload)
    {
        var head = (await http.GetFromJsonAsync<HeadView>($"api/bodies/{body}/head"))!;
        var at = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), head.LastAt);
        return Entry.Create(body, head.Size, head.Hash is null ? null : Sha256Hash.Parse(head.Hash), at, kind, payload, Key);
    }

    /// <summary>Posts an entry's bytes, exactly as given, to the body's log.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string body, ReadOnlyMemory<byte> bytes)
    {
        using var content = new ReadOnlyMemoryContent(bytes);
        content.Headers.ContentType = new("application/json");
        return await http.PostAsync($"api/bodies/{body}/log", content);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string body, string text) =>
        await PostAsync(http, body, Encoding.UTF8.GetBytes(text));

    public void Dispose() => Key.Dispose();
}
