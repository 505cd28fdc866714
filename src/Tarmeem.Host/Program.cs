using Tarmeem.Host.Cli;

return await TarmeemCommandLine.Create().Parse(args).InvokeAsync();
