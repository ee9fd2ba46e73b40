using System.Text.Json;

namespace Councils.Domain.Planning.Economy;

/// <summary>
/// The tokens of a JSON document read from a stream a buffer at a time, so a plan file of gigabytes never has to be
/// in memory whole: each <see cref="Next"/> makes a <see cref="Utf8JsonReader"/> over the unread bytes with the
/// saved state, takes one token, and refills the buffer when a token is cut off at its end.
/// </summary>
internal sealed class JsonTokens(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int start, end;
    private bool final;
    private JsonReaderState state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });

    public JsonTokenType Type { get; private set; }

    /// <summary>The text of a string or property name.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The value of a number token (NaN when it does not fit a double).</summary>
    public double Number { get; private set; }

    /// <summary>The value of a number token that is a whole number fitting 64 bits unsigned, else null.</summary>
    public ulong? Unsigned { get; private set; }

    /// <summary>Moves to the next token; false at the end of the document.</summary>
    public bool Next()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
            if (reader.Read())
            {
                Type = reader.TokenType;
                if (Type is JsonTokenType.PropertyName or JsonTokenType.String)
                    Text = reader.GetString()!;
                else if (Type == JsonTokenType.Number)
                {
                    Number = reader.TryGetDouble(out var number) ? number : double.NaN;
                    Unsigned = reader.TryGetUInt64(out var whole) ? whole : null;
                }
                start += (int)reader.BytesConsumed;
                state = reader.CurrentState;
                return true;
            }
            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (final)
                return false;
            Refill();
        }
    }

    private void Refill()
    {
        var left = end - start;
        if (left == buffer.Length)
            Array.Resize(ref buffer, buffer.Length * 2);
        else if (start > 0)
            Buffer.BlockCopy(buffer, start, buffer, 0, left);
        (start, end) = (0, left);
        while (end < buffer.Length)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                final = true;
                return;
            }
            end += read;
        }
    }
}
