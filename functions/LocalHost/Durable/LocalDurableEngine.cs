using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Options;
using Transformation.LocalHost.Functions;
using Transformation.Platform.Hosting;
using Transformation.Platform.Storage;

namespace Transformation.LocalHost.Durable;

/// <summary>
/// The durable engine of the local host: the gRPC sidecar of Microsoft.DurableTask over the Azure Storage
/// backend (the one Durable Functions uses in Azure), on Azurite. Orchestrations, timers and events are
/// persisted there and survive a restart of the process.
/// </summary>
public static class LocalDurableEngine
{
    public static IServiceCollection AddLocalDurableEngine(
        this IServiceCollection services,
        IConfiguration configuration,
        FunctionCatalog catalog,
        ServedFunctions served)
    {
        services.AddOptions<DurableEngineOptions>().Bind(configuration.GetSection(DurableEngineOptions.Section));
        services.AddGrpc();
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var engine = sp.GetRequiredService<IOptions<DurableEngineOptions>>().Value;
            var settings = new AzureStorageOrchestrationServiceSettings
            {
                StorageAccountClientProvider = new StorageAccountClientProvider(storage.ConnectionString
                    ?? throw new InvalidOperationException("The local durable engine needs Storage:ConnectionString (Azurite).")),
                TaskHubName = engine.HubName ?? HostJson.HubName,
                MaxQueuePollingInterval = engine.MaxQueuePollingInterval,
                WorkerId = engine.WorkerId,
                ControlQueueVisibilityTimeout = engine.MessageVisibilityTimeout,
                WorkItemQueueVisibilityTimeout = engine.MessageVisibilityTimeout,
                LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
            };
            return new AzureStorageOrchestrationService(settings);
        });
        services.AddSingleton<IOrchestrationService>(
            sp => new SubOrchestrationSafeService(sp.GetRequiredService<AzureStorageOrchestrationService>()));
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton<TaskHubGrpcServer>();

        var port = configuration.GetSection(LocalHostOptions.Section).Get<LocalHostOptions>()?.SidecarPort ?? new LocalHostOptions().SidecarPort;
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        services.AddDurableTaskWorker(builder =>
        {
            builder.UseGrpc(channel);
            builder.AddTasks(registry => FunctionTasks.Register(registry, catalog, served));
        });
        services.AddDurableTaskClient(builder => builder.UseGrpc(channel));
        return services;
    }

    /// <summary>Creates the task hub's queues and tables in storage before anything uses them.</summary>
    public static async Task PrepareLocalDurableEngineAsync(this IServiceProvider services)
    {
        var service = services.GetRequiredService<AzureStorageOrchestrationService>();
        await service.CreateIfNotExistsAsync();
    }
}
