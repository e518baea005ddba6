using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>
/// The one way the host reads a settings section: bound from configuration, checked when the host
/// starts (a bad value stops the start with a message naming the setting, rather than failing a
/// person mid-conversation), and available both as IOptions&lt;T&gt; and as T itself for the
/// dialogs, which do not know about the options framework.
/// </summary>
public static class ValidatedOptions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks every rule of <paramref name="rules"/> at start.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="section">The configuration section ("Coach", "CheckIns", ...).</param>
    /// <param name="rules">Each rule: a test and the message that names the setting and its range.</param>
    /// <returns>The options builder, for more configuration.</returns>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section, params (Func<TOptions, bool> IsValid, string Message)[] rules)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<TOptions>().BindConfiguration(section);
        foreach (var (isValid, message) in rules)
        {
            builder.Validate(isValid, message);
        }

        builder.ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TOptions>>().Value);
        return builder;
    }
}
