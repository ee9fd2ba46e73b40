using System.Text.Json.Nodes;
using Councils.Web;

namespace Councils.Pages.Motions;

/// <summary>The settings of a charter a member may change on the form; the rest of the charter is kept as it is.</summary>
public sealed class CharterForm
{
    public string Admission { get; set; } = "by-member";

    public string Method { get; set; } = "majority";

    public long MethodNum { get; set; } = 2;

    public long MethodDen { get; set; } = 3;

    public string MethodOf { get; set; } = "cast";

    public string AmendmentMethod { get; set; } = "qualified";

    public long AmendmentNum { get; set; } = 2;

    public long AmendmentDen { get; set; } = 3;

    public string AmendmentOf { get; set; } = "cast";

    public long QuorumNum { get; set; } = 1;

    public long QuorumDen { get; set; } = 2;

    public long OpenForSeconds { get; set; } = 7 * 24 * 3600;

    /// <summary>The form prefilled from a charter.</summary>
    public static CharterForm Of(JsonObject charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        var method = charter["method"] as JsonObject ?? [];
        var amendment = charter["amendmentMethod"] as JsonObject ?? [];
        var quorum = charter["quorum"] as JsonObject ?? [];
        return new CharterForm
        {
            Admission = charter["admission"]?.GetValue<string>() ?? "by-member",
            Method = MotionWords.Type(method),
            MethodNum = MotionWords.Number(method, "num", 2),
            MethodDen = MotionWords.Number(method, "den", 3),
            MethodOf = method["of"]?.GetValue<string>() ?? "cast",
            AmendmentMethod = MotionWords.Type(amendment),
            AmendmentNum = MotionWords.Number(amendment, "num", 2),
            AmendmentDen = MotionWords.Number(amendment, "den", 3),
            AmendmentOf = amendment["of"]?.GetValue<string>() ?? "cast",
            QuorumNum = MotionWords.Number(quorum, "num", 1),
            QuorumDen = MotionWords.Number(quorum, "den", 2),
            OpenForSeconds = MotionWords.Number(charter, "openForSeconds", 7 * 24 * 3600),
        };
    }

    /// <summary>The whole charter: <paramref name="current"/> with this form's settings written over it.</summary>
    public JsonObject Over(JsonObject current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var charter = current.DeepClone().AsObject();
        charter["admission"] = Admission;
        charter["method"] = Spec(Method, MethodNum, MethodDen, MethodOf);
        charter["amendmentMethod"] = Spec(AmendmentMethod, AmendmentNum, AmendmentDen, AmendmentOf);
        charter["quorum"] = new JsonObject { ["num"] = QuorumNum, ["den"] = QuorumDen };
        charter["openForSeconds"] = OpenForSeconds;
        return charter;
    }

    private static JsonObject Spec(string type, long num, long den, string of) => type == "qualified"
        ? new JsonObject { ["type"] = type, ["num"] = num, ["den"] = den, ["of"] = of }
        : new JsonObject { ["type"] = type };

    /// <summary>The form field a refusal's path (such as <c>effect.charter.quorum</c>) concerns.</summary>
    public static string FieldOf(string? path) => path switch
    {
        null => "",
        _ when path.Contains("amendmentMethod", StringComparison.Ordinal) => "Charter.AmendmentMethod",
        _ when path.Contains("method", StringComparison.Ordinal) => "Charter.Method",
        _ when path.Contains("quorum", StringComparison.Ordinal) => "Charter.QuorumNum",
        _ when path.Contains("openForSeconds", StringComparison.Ordinal) => "Charter.OpenForSeconds",
        _ when path.Contains("admission", StringComparison.Ordinal) => "Charter.Admission",
        _ when path.EndsWith("title", StringComparison.Ordinal) => "Title",
        _ => "",
    };
}
