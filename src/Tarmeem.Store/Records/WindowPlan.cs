namespace Tarmeem.Store.Records;

/// <summary>How a window read finds its rows.</summary>
internal enum WindowPlan
{
    /// <summary>Through the time indexes: right for a short window, such as the survey planner's few weeks.</summary>
    Index,

    /// <summary>
    /// One walk over the table in key order, skipping rows outside the window: right for a report's 13 to 24 months.
    /// Fetching most of a table row by row through a time index jumps around a file larger than the page cache; for
    /// 556,000 invitations it took 3.3 s against 0.25 s for the walk. The walk grows with the table, not the window.
    /// </summary>
    Scan,
}
