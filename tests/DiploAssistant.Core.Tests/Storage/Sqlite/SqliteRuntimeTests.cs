using Microsoft.Data.Sqlite;

namespace DiploAssistant.Core.Tests.Storage.Sqlite;

public sealed class SqliteRuntimeTests
{
    [Fact]
    public void BundledSqlite_SupportsFts5WithBm25()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE t USING fts5(body);
            INSERT INTO t(body) VALUES ('조현 현이 장관'), ('다른 기사');
            SELECT rowid, bm25(t) FROM t WHERE t MATCH '"조현"' ORDER BY bm25(t);
            """;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(1L, reader.GetInt64(0));
        Assert.False(reader.Read());
    }
}
