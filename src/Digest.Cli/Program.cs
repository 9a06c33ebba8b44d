using Digest.Cli.Commands;

return await DigestCommandLine.Create().Parse(args).InvokeAsync();
