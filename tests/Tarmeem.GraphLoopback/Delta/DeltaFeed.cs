using System.Globalization;
using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.Delta;

/// <summary>How one kind of collection pages: its link base, its token parameter names and how a line is written.</summary>
/// <param name="Scope">Identity of the collection; tokens of another scope are refused.</param>
/// <param name="LinkBase">Absolute URL the links start with, e.g. <c>…/items/delta</c>.</param>
/// <param name="NextParameter">Query name of next-link tokens (<c>token</c>, <c>$skiptoken</c>).</param>
/// <param name="DeltaParameter">Query name of delta-link tokens (<c>token</c>, <c>$deltatoken</c>), or null for a plain listing.</param>
/// <param name="ContextUrl">The <c>@odata.context</c> value.</param>
/// <param name="ResyncCode">Error code of the 410 answer.</param>
/// <param name="Write">Writes one line under the round's options.</param>
public sealed record DeltaFeed(
    string Scope,
    string LinkBase,
    string NextParameter,
    string? DeltaParameter,
    string ContextUrl,
    string ResyncCode,
    Func<DeltaEntry, ODataQuery, JsonObject> Write)
{
    private static readonly string[] TokenNames = ["token", "skiptoken", "deltatoken"];

    /// <summary>Answers one page: a fresh round, the next page of a round, or the changes after a delta token.</summary>
    public GraphResponse Respond(GraphRequest request, ChangeJournal journal, ServerContext context, string? functionToken = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(context);
        var token = functionToken ?? TokenNames.Select(request.Query.Get).FirstOrDefault(t => t is not null);
        var options = request.Query.Without(TokenNames);
        DeltaCursor cursor;
        if (token is null)
        {
            var (entries, sequence) = journal.Snapshot();
            cursor = new DeltaCursor(Scope, options, entries, 0, PageSize(request, options, context), sequence);
        }
        else
        {
            var lookup = context.Tokens.Find(token, out var found);
            if (lookup == TokenLookup.Expired && found is not null && found.Scope == Scope)
            {
                return Gone(request, found.Options, context);
            }

            if (lookup != TokenLookup.Found || found is null || found.Scope != Scope)
            {
                return GraphErrors.BadRequest(request, context.Now, "The token in the request is not valid for this resource; start a new round without a token.");
            }

            cursor = found with { Options = found.Options.Merge(options) };
            if (cursor.Entries is null)
            {
                var (changes, sequence) = journal.ChangesSince(cursor.Sequence, context.Settings.RepeatChangedItemsInDelta);
                cursor = cursor with { Entries = changes, Offset = 0, Sequence = sequence };
            }
        }

        return Page(cursor, request, context);
    }

    private GraphResponse Page(DeltaCursor cursor, GraphRequest request, ServerContext context)
    {
        var entries = cursor.Entries!;
        var page = entries.Skip(cursor.Offset).Take(cursor.PageSize).Select(e => (JsonNode)Write(e, cursor.Options)).ToArray();
        var body = new JsonObject
        {
            ["@odata.context"] = ContextUrl,
            ["value"] = new JsonArray(page),
        };
        var next = cursor.Offset + cursor.PageSize;
        if (next < entries.Count)
        {
            var token = context.Tokens.Issue(cursor with { Offset = next });
            body["@odata.nextLink"] = LinkBase + "?" + NextParameter + "=" + token;
        }
        else if (DeltaParameter is not null)
        {
            var token = context.Tokens.Issue(cursor with { Entries = null, Offset = 0 });
            body["@odata.deltaLink"] = LinkBase + "?" + DeltaParameter + "=" + token;
        }

        var response = GraphResponse.Json(200, body);
        if (request.Header("Prefer")?.Contains("odata.maxpagesize", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.Headers["Preference-Applied"] = "odata.maxpagesize=" + cursor.PageSize.ToString(CultureInfo.InvariantCulture);
        }

        return response;
    }

    private GraphResponse Gone(GraphRequest request, ODataQuery options, ServerContext context)
    {
        var response = GraphErrors.Create(
            410,
            ResyncCode,
            "Resync required. Replace any local items with the server's version (including deletes) if you're sure that the service was up to date with your local changes when you last sync'd.",
            request,
            context.Now);
        response.Headers["Location"] = LinkBase + options.ToQueryString();
        return response;
    }

    private static int PageSize(GraphRequest request, ODataQuery options, ServerContext context)
    {
        if (int.TryParse(options.Get("top"), NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0)
        {
            return top;
        }

        const string marker = "odata.maxpagesize=";
        var prefer = request.Header("Prefer");
        var at = prefer?.IndexOf(marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (prefer is not null && at >= 0)
        {
            var digits = new string(prefer[(at + marker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max > 0)
            {
                return max;
            }
        }

        return context.Settings.DefaultPageSize;
    }
}
