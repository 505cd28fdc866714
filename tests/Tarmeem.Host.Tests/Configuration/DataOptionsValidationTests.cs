using Tarmeem.Host.Configuration;
using Tarmeem.Store;

namespace Tarmeem.Host.Tests.Configuration;

public sealed class DataOptionsValidationTests
{
    [Fact]
    public void Validate_DefaultData_UsesSqliteAndPasses()
    {
        var options = new TarmeemOptions();

        var result = new TarmeemOptionsValidator().Validate(null, options);

        Assert.Equal(StoreProvider.Sqlite, options.Data.Provider);
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_PostgreSqlWithoutConnectionString_NamesTheKey()
    {
        var options = new TarmeemOptions { Data = new DataOptions { Provider = StoreProvider.PostgreSql } };

        var result = new TarmeemOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Tarmeem:Data:ConnectionString is empty", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db.example;Database=tarmeem;Username=tarmeem;Password=s3cret-value")]
    [InlineData("Host=db.example;PWD=s3cret-value;Database=tarmeem")]
    public void Validate_ConnectionStringWithPassword_RefusedNamingTheKeyWithoutThePassword(string connectionString)
    {
        var options = new TarmeemOptions { Data = new DataOptions { Provider = StoreProvider.PostgreSql, ConnectionString = connectionString } };

        var result = new TarmeemOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Tarmeem:Data:ConnectionString holds a password", failure, StringComparison.Ordinal);
        Assert.Contains("PGPASSWORD", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgreSqlWithServerAndNoPassword_Passes()
    {
        var options = new TarmeemOptions
        {
            Data = new DataOptions { Provider = StoreProvider.PostgreSql, ConnectionString = "Host=db.example;Database=tarmeem;Username=tarmeem" },
        };

        Assert.True(new TarmeemOptionsValidator().Validate(null, options).Succeeded);
    }
}
