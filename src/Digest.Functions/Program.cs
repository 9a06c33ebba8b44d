using Digest.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
await builder.AddDigestFunctionsAsync();
await builder.Build().RunAsync();
