using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The rules data annotations cannot say: a provider needs a model, an endpoint (except OpenAI itself) and, for OpenAI and
/// Azure OpenAI, a key, unless Azure OpenAI authenticates with Entra ID, which then needs a whole identity and no key.
/// Every message names the setting's configuration path; none repeats a secret.
/// </summary>
internal sealed class ModelOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : ModelOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add($"{section}:Model is required when {section}:Provider is {options.Provider} (the model id, or the Azure deployment name).");
        }

        if (options.Endpoint is null && options.Provider != ModelProvider.OpenAI)
        {
            errors.Add($"{section}:Endpoint is required when {section}:Provider is {options.Provider}.");
        }
        else if (options.Endpoint is { } endpoint && !WebAddress.IsHttp(endpoint))
        {
            errors.Add($"{section}:Endpoint must be an absolute http or https URL.");
        }

        if (options.Authentication == ModelAuthentication.Entra)
        {
            ValidateEntra(options, errors);
        }
        else if (string.IsNullOrWhiteSpace(options.ApiKey) && options.Provider is ModelProvider.OpenAI or ModelProvider.AzureOpenAI)
        {
            errors.Add(options.Provider == ModelProvider.AzureOpenAI
                ? $"{section}:ApiKey is required when {section}:Provider is AzureOpenAI (set it in configuration or DIPLO_{section}__ApiKey), or set {section}:Authentication to Entra."
                : $"{section}:ApiKey is required when {section}:Provider is {options.Provider} (set it in configuration or DIPLO_{section}__ApiKey).");
        }

        if (options.Authentication == ModelAuthentication.ApiKey && options.Entra.HasIdentitySettings)
        {
            errors.Add($"{section}:Entra is set but {section}:Authentication is ApiKey; set {section}:Authentication to Entra to use it, or remove {section}:Entra.");
        }

        if (options is EmbeddingModelOptions { Dimensions: 0 })
        {
            errors.Add($"{section}:Dimensions is required when {section}:Provider is {options.Provider} (the length of the model's vectors, e.g. 1536).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private void ValidateEntra(TOptions options, List<string> errors)
    {
        var entra = options.Entra;
        if (options.Provider != ModelProvider.AzureOpenAI)
        {
            errors.Add($"{section}:Authentication Entra is for {section}:Provider AzureOpenAI (it is {options.Provider}).");
        }

        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add($"{section}:ApiKey and {section}:Authentication Entra are both set; use one (remove the key, or set {section}:Authentication to ApiKey).");
        }

        if (entra.ManagedIdentity && entra.DefaultCredential)
        {
            errors.Add($"{section}:Entra:ManagedIdentity and {section}:Entra:DefaultCredential are both set; use one.");
        }

        if (entra.ManagedIdentity || entra.DefaultCredential)
        {
            if (!string.IsNullOrWhiteSpace(entra.ClientSecret))
            {
                var mode = entra.ManagedIdentity ? "ManagedIdentity" : "DefaultCredential";
                errors.Add($"{section}:Entra:ClientSecret is not used with {section}:Entra:{mode}; remove one of them.");
            }
        }
        else
        {
            foreach (var (name, value) in new[] { ("TenantId", entra.TenantId), ("ClientId", entra.ClientId), ("ClientSecret", entra.ClientSecret) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    errors.Add($"{section}:Entra:{name} is required when {section}:Authentication is Entra (or set {section}:Entra:ManagedIdentity or {section}:Entra:DefaultCredential to true).");
                }
            }
        }

        if (entra.Instance is not { IsAbsoluteUri: true, Scheme: "https" })
        {
            errors.Add($"{section}:Entra:Instance must be an absolute https URL (e.g. https://login.microsoftonline.com/).");
        }

        if (string.IsNullOrWhiteSpace(entra.Scope) || !entra.Scope.EndsWith("/.default", StringComparison.Ordinal))
        {
            errors.Add($"{section}:Entra:Scope must be a resource's /.default scope (e.g. {EntraOptions.DefaultScope}).");
        }
    }
}
