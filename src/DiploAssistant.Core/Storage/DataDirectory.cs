namespace DiploAssistant.Core.Storage;

/// <summary>Where the embedded store lives when no directory is configured.</summary>
public static class DataDirectory
{
    /// <summary>
    /// The configured directory when given; otherwise <c>DiploAssistant</c> under the user's local data folder,
    /// or <c>./.diplo</c> when the platform has none (containers without a home directory).
    /// </summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(userData)
            ? Path.GetFullPath(".diplo")
            : Path.Combine(userData, "DiploAssistant");
    }
}
