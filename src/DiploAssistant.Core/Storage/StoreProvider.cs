namespace DiploAssistant.Core.Storage;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}
