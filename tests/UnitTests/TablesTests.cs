using Azure.Data.Tables;
using Transformation.Tests.Support;

namespace Transformation.Tests;

public sealed class TablesTests
{
    [Fact]
    public async Task A_table_is_created_on_first_use_and_keeps_what_is_written()
    {
        var tables = Azurite.NewTables();
        var table = await tables.GetAsync("Probe");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "値" });

        var again = await tables.GetAsync("Probe");
        var read = await again.GetEntityAsync<TableEntity>("p", "r");
        Assert.Equal("値", read.Value.GetString("Value"));
    }
}
