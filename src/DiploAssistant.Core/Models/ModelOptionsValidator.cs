using Microsoft.Extensions.Options;

namespace DiploAssistant.Core.Models;

/// <summary>
/// The rules data annotations cannot say: a provider needs a model, an endpoint (except OpenAI itself) and, for OpenAI and
/// Azure OpenAI, a key. Every message names the setting's configuration path.
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
        else if (options.Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"{section}:Endpoint must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey) && options.Provider is ModelProvider.OpenAI or ModelProvider.AzureOpenAI)
        {
            errors.Add($"{section}:ApiKey is required when {section}:Provider is {options.Provider} (set it in configuration or DIPLO_{section}__ApiKey).");
        }

        if (options is EmbeddingModelOptions { Dimensions: 0 })
        {
            errors.Add($"{section}:Dimensions is required when {section}:Provider is {options.Provider} (the length of the model's vectors, e.g. 1536).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
