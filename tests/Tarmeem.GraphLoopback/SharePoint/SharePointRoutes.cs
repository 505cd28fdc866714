using System.Text.Json.Nodes;
using Tarmeem.GraphLoopback.Delta;
using Tarmeem.GraphLoopback.Http;

namespace Tarmeem.GraphLoopback.SharePoint;

/// <summary><c>/sites/…</c>: sites by id or path, lists by id or title, columns, items, item delta.</summary>
internal sealed class SharePointRoutes(SharePointStore store, ServerContext context) : IGraphRoutes
{
    public GraphResponse? TryHandle(GraphRequest request)
    {
        var s = request.Segments;
        if (s.Count < 2 || !s[0].Equals("sites", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!request.IsMethod("GET"))
        {
            return GraphErrors.NoRoute(request, context.Now);
        }

        SiteState? site;
        int rest;
        if (ColonPath.TryRead(s, 1, out var hostname, out var path, out var next))
        {
            site = store.FindSiteByPath(hostname, path);
            rest = next;
        }
        else
        {
            site = store.FindSite(s[1]);
            rest = 2;
        }

        if (site is null)
        {
            return GraphErrors.Create(404, "itemNotFound", "Requested site could not be found", request, context.Now);
        }

        var tail = s.Skip(rest).ToArray();
        return tail switch
        {
            [] => GraphResponse.Json(200, WithContext(site.ToJson(), "$metadata#sites/$entity")),
            ["lists"] => Collection(site.Lists.Values.OrderBy(l => l.Created).Select(l => l.ToJson(site.Id, site.WebUrl)), "$metadata#sites('" + site.Id + "')/lists"),
            ["lists", var list, .. var below] => ListRoute(request, site, list, below),
            _ => GraphErrors.NoRoute(request, context.Now),
        };
    }

    private GraphResponse ListRoute(GraphRequest request, SiteState site, string listRef, string[] below)
    {
        var list = site.FindList(listRef);
        if (list is null)
        {
            return GraphErrors.Create(404, "itemNotFound", "The specified list was not found", request, context.Now);
        }

        var listUrl = context.BaseUrl + "/sites/" + site.Id + "/lists/" + list.Id;
        return below switch
        {
            [] => GraphResponse.Json(200, ListJson(request, site, list)),
            ["columns"] => Collection(list.Columns.Select(c => c.Column.ToJson(c.Id)), "$metadata#sites('" + site.Id + "')/lists('" + list.Id + "')/columns"),
            ["items"] => ItemsFeed(site, list, listUrl + "/items", null).Respond(request, list.Items, context),
            ["items", var delta] when ColonPath.IsDelta(delta, out var token) =>
                ItemsFeed(site, list, listUrl + "/items/delta", "token").Respond(request, list.Items, context, token),
            ["items", var id] => Item(request, list, id, null),
            ["items", var id, "fields"] => Item(request, list, id, "fields"),
            _ => GraphErrors.NoRoute(request, context.Now),
        };
    }

    private JsonObject ListJson(GraphRequest request, SiteState site, ListState list)
    {
        var json = WithContext(list.ToJson(site.Id, site.WebUrl), "$metadata#sites('" + site.Id + "')/lists/$entity");
        if (ExpandClause.ParseAll(request.Query.Get("expand")).Any(c => c.Name.Equals("columns", StringComparison.OrdinalIgnoreCase)))
        {
            json["columns"] = new JsonArray(list.Columns.Select(c => (JsonNode)c.Column.ToJson(c.Id)).ToArray());
        }

        return json;
    }

    private DeltaFeed ItemsFeed(SiteState site, ListState list, string linkBase, string? deltaParameter) => new(
        "list:" + site.Id + "/" + list.Id + (deltaParameter is null ? ":items" : ":delta"),
        linkBase,
        deltaParameter is null ? "$skiptoken" : "token",
        deltaParameter,
        context.BaseUrl + "/$metadata#Collection(listItem)",
        "resyncRequired",
        ListItemWriter.Write);

    private GraphResponse Item(GraphRequest request, ListState list, string id, string? property)
    {
        var state = list.Items.Get(id);
        if (state is null)
        {
            return GraphErrors.Create(404, "itemNotFound", "The specified list item was not found", request, context.Now);
        }

        if (property is not null)
        {
            return GraphResponse.Json(200, state[property]!.DeepClone());
        }

        return GraphResponse.Json(200, ListItemWriter.Write(new DeltaEntry(id, state), request.Query));
    }

    private GraphResponse Collection(IEnumerable<JsonObject> values, string contextPath) =>
        GraphResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = context.BaseUrl + "/" + contextPath,
            ["value"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()),
        });

    private JsonObject WithContext(JsonObject json, string contextPath)
    {
        var withContext = new JsonObject { ["@odata.context"] = context.BaseUrl + "/" + contextPath };
        foreach (var (name, value) in json.ToList())
        {
            json.Remove(name);
            withContext[name] = value;
        }

        return withContext;
    }
}
