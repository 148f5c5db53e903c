using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Transformation.Platform.Storage;

namespace Transformation.Platform.Pages;

/// <summary>
/// Keeps the data-protection key ring (which protects the anti-forgery tokens of forms) in Table Storage,
/// so every instance in Azure and the local host after a restart accept a form another one served.
/// The keys rest in the storage account, which encrypts at rest and is reached only with the app's identity.
/// </summary>
public sealed class TableXmlRepository(Tables tables) : IXmlRepository
{
    public const string Table = "DataProtectionKeys";
    private const string Partition = "keys";

    // IXmlRepository is synchronous by contract; key-ring reads are rare (start-up and key rotation).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var table = tables.GetAsync(Table).GetAwaiter().GetResult();
        return table.Query<TableEntity>(e => e.PartitionKey == Partition)
            .Select(e => XElement.Parse(e.GetString("Xml")!))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var table = tables.GetAsync(Table).GetAwaiter().GetResult();
        var row = TableKeys.Encode(string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName);
        table.UpsertEntity(new TableEntity(Partition, row) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) });
    }
}
