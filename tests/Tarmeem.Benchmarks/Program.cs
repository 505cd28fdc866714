using Tarmeem.Benchmarks.AddIn;
using Tarmeem.Benchmarks.Charts;
using Tarmeem.Benchmarks.Nodes;
using Tarmeem.Benchmarks.Providers;
using Tarmeem.Benchmarks.Running;
using Tarmeem.Benchmarks.Submit;
using Tarmeem.Benchmarks.Sync;
using Tarmeem.Benchmarks.Writers;

// Benchmarks, run by hand in Release (see docs/benchmarks.md):
//   rows <n> [--closedxml-rows <m>] [--runs <k>]       every writer, each run in a fresh process; medians
//   rows-one <ours|ours-fastest|miniexcel> <n> <file>  one timed write (what `rows` starts)
//   chart [--renders <k>]                              warm cost of one chart PNG
//   submit [--seconds <s>] [--connections <c>] [--invitations <n>]  the survey submit endpoint under wrk
//   addin-status [--seconds <s>] [--connections <c>] [--conversations <n>]  the add-in status API in serve under wrk
//   submit-nodes [--seconds <s>] [--connections <c>] [--invitations <n>]  durable submits: 1 serve on SQLite, 2 on PostgreSQL
//   report-providers [--scale 17] [--runs 3] [--period 2026] [--format xlsx] [--kind board]  the report from SQLite and PostgreSQL
//   list-pages [--items 2000] [--pages 10]             sync's list pages written to SQLite and PostgreSQL
return args switch
{
    ["rows", .. var rest] => await RowsBenchmark.RunAsync(BenchArguments.Parse(rest), CancellationToken.None).ConfigureAwait(false),
    ["rows-one", var writer, var count, var file] => RowWriters.RunOne(writer, count, file),
    ["chart", .. var rest] => ChartBenchmark.Run(BenchArguments.Parse(rest)),
    ["submit", .. var rest] => await SubmitBenchmark.RunAsync(BenchArguments.Parse(rest), CancellationToken.None).ConfigureAwait(false),
    ["addin-status", .. var rest] => await AddInStatusBenchmark.RunAsync(BenchArguments.Parse(rest), CancellationToken.None).ConfigureAwait(false),
    ["submit-nodes", .. var rest] => await SubmitNodesBenchmark.RunAsync(BenchArguments.Parse(rest), CancellationToken.None).ConfigureAwait(false),
    ["report-providers", .. var rest] => await ReportProvidersBenchmark.RunAsync(BenchArguments.Parse(rest), CancellationToken.None).ConfigureAwait(false),
    ["list-pages", .. var rest] => await ListPagesBenchmark.RunAsync(BenchArguments.Parse(rest), CancellationToken.None).ConfigureAwait(false),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: rows <n> [--closedxml-rows <m>] [--runs <k>] | rows-one <ours|ours-fastest|miniexcel> <n> <file> | chart [--renders <k>] | submit [--seconds <s>] [--connections <c>] [--invitations <n>] | addin-status [--seconds <s>] [--connections <c>] [--conversations <n>] | submit-nodes [--seconds <s>] [--connections <c>] [--invitations <n>] | report-providers [--scale <x>] [--runs <k>] [--period <p>] [--format <f>] [--kind <k>] | list-pages [--items <n>] [--pages <k>]");
    return 2;
}
