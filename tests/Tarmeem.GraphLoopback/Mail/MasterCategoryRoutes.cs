using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Mail;

/// <summary>
/// <c>/users/{id}/outlook/masterCategories</c>: GET lists the mailbox's categories, POST adds one (displayName, color
/// preset0…preset24 or none); a name already there (case-insensitive, as in Outlook) is 409.
/// </summary>
internal sealed class MasterCategoryRoutes(ServerContext context)
{
    public GraphResponse Handle(GraphRequest request, MailboxState mailbox)
    {
        var url = context.BaseUrl + "/$metadata#users('" + mailbox.UserId + "')/outlook/masterCategories";
        if (request.IsMethod("GET"))
        {
            var list = new JsonArray(mailbox.MasterCategories.Values.OrderBy(c => c["@loopback.order"]!.GetValue<int>())
                .Select(c => (JsonNode)Public(c)).ToArray());
            return GraphResponse.Json(200, new JsonObject { ["@odata.context"] = url, ["value"] = list });
        }

        if (!request.IsMethod("POST"))
        {
            return GraphErrors.NoRoute(request, context.Now);
        }

        var body = MailRequest.Body(request);
        var name = MailRequest.Text(body, "displayName");
        var color = MailRequest.Text(body, "color") ?? "none";
        if (string.IsNullOrWhiteSpace(name))
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", "The category needs a displayName.", request, context.Now);
        }

        if (!IsColor(color))
        {
            return GraphErrors.Create(400, "ErrorInvalidRequest", $"Invalid color '{color}': expected none or preset0 to preset24.", request, context.Now);
        }

        var category = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["displayName"] = name,
            ["color"] = color,
            ["@loopback.order"] = mailbox.MasterCategories.Count,
        };
        if (!mailbox.MasterCategories.TryAdd(name, category))
        {
            return GraphErrors.Create(409, "ErrorDuplicateItem", $"A category named '{name}' already exists.", request, context.Now);
        }

        var created = Public(category);
        created["@odata.context"] = url + "/$entity";
        return GraphResponse.Json(201, created);
    }

    public static JsonObject Public(JsonObject category) => new()
    {
        ["id"] = category["id"]!.DeepClone(),
        ["displayName"] = category["displayName"]!.DeepClone(),
        ["color"] = category["color"]!.DeepClone(),
    };

    private static bool IsColor(string color) =>
        color == "none"
        || (color.StartsWith("preset", StringComparison.Ordinal) && int.TryParse(color.AsSpan(6), out var n) && n is >= 0 and <= 24 && color.Length <= 8);
}
