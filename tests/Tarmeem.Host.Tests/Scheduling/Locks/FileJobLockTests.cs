using Tarmeem.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Tarmeem.Host.Scheduling.Locks;
using Tarmeem.Host.Tests.Cli;
using Tarmeem.Store.Jobs;

namespace Tarmeem.Host.Tests.Scheduling.Locks;

public sealed class FileJobLockTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 10, 15, 2, TimeSpan.Zero);

    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherHolder_IsRefusedAndNamesTheHolderUntilReleased()
    {
        using var folder = new TempFolder();
        var first = new FileJobLock(folder.Path, "node-a", new FakeTimeProvider(At));
        var second = new FileJobLock(folder.Path, "node-b", new FakeTimeProvider(At.AddMinutes(5)));

        var held = await first.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        var refused = await second.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        var holder = await second.HolderAsync(JobLocks.Sync, CancellationToken.None);
        var otherName = await second.TryAcquireAsync(JobLocks.SurveySend, CancellationToken.None);
        await held!.DisposeAsync();
        var afterRelease = await second.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);

        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.Equal(new JobLockHolder("node-a", At), holder);
        Assert.NotNull(otherName);
        Assert.NotNull(afterRelease);
        Assert.Equal(new JobLockHolder("node-b", At.AddMinutes(5)), await first.HolderAsync(JobLocks.Sync, CancellationToken.None));
        await otherName.DisposeAsync();
        await afterRelease.DisposeAsync();
    }

    [Fact]
    public async Task AcquireForHandRunAsync_Held_ThrowsSayingWhatRunsWhereSinceWhenAndToTryLater()
    {
        using var folder = new TempFolder();
        var service = new FileJobLock(folder.Path, "web-1-812", new FakeTimeProvider(At));
        await using var held = await service.TryAcquireAsync(JobLocks.ReportDelivery, CancellationToken.None);

        var busy = await Assert.ThrowsAsync<JobLockBusyException>(() =>
            new FileJobLock(folder.Path, "web-2-44", new FakeTimeProvider(At)).AcquireForHandRunAsync(JobLocks.ReportDelivery, CancellationToken.None));

        Assert.Equal("a report delivery is running on node web-1-812 since 2026-12-03 10:15:02 UTC; try again later.", busy.Message);
    }

    [Fact]
    public async Task TryAcquireAsync_HolderProcessKilled_LockIsFreeAgain()
    {
        using var folder = new TempFolder();
        var lockFile = Path.Combine(folder.Path, JobLocks.Sync + ".lock");
        // Another process holds the lock file (util-linux flock, the same flock(2) .NET uses; -o: only flock itself holds
        // it, not its sleeping child), then is killed with SIGKILL.
        using var shell = System.Diagnostics.Process.Start("flock", ["--exclusive", "-o", lockFile, "sleep", "600"]);
        var other = new FileJobLock(folder.Path, "node-b", new FakeTimeProvider(At));
        await WaitUntilHeldAsync(other);

        var whileHeld = await other.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        shell.Kill(entireProcessTree: true);
        await shell.WaitForExitAsync();
        var afterKill = await other.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        for (var i = 0; afterKill is null && i < 100; i++)
        {
            // The kernel closes a killed process's files as it reaps it, a moment after the signal.
            await Task.Delay(50);
            afterKill = await other.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
        }

        Assert.Null(whileHeld);
        Assert.NotNull(afterKill);
        await afterKill.DisposeAsync();
    }

    private static async Task WaitUntilHeldAsync(FileJobLock other)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var probe = await other.TryAcquireAsync(JobLocks.Sync, CancellationToken.None);
            if (probe is null)
            {
                return;
            }

            await probe.DisposeAsync();
            await Task.Delay(20);
        }

        Assert.Fail("flock never took the lock file");
    }
}
