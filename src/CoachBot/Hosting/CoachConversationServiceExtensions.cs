using Azure.Data.Tables;
using CoachBot.CheckIns;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Progress;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Routines;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.Timing;
using CoachBot.Exports;
using CoachBot.Storage;
using CoachBot.Timing;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;

namespace CoachBot.Hosting;

/// <summary>Registers the conversation: the dialogs, the pain log and the durable timers.</summary>
public static class CoachConversationServiceExtensions
{
    /// <summary>Adds the dialogs and what they stand on.</summary>
    public static IServiceCollection AddCoachConversation(this IServiceCollection services, IConfiguration configuration, TableStorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(storage);

        var coach = new CoachOptions();
        configuration.GetSection("Coach").Bind(coach);
        services.AddSingleton(coach);

        services.AddSingleton(sp => new TablePainLog(sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.PainRatingsTable)));
        services.AddSingleton<IPainLog>(sp => sp.GetRequiredService<TablePainLog>());
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddSingleton(sp => new TableTimerScheduler(sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.ReleaseTimersTable)));
        services.AddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<TableTimerScheduler>());
        services.AddSingleton<TimerDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerDispatcher>());
        services.AddSingleton<RatingRecorder>();

        var checkIns = new CheckInOptions();
        configuration.GetSection("CheckIns").Bind(checkIns);
        services.AddSingleton(checkIns);
        services.AddSingleton(sp => new TableCheckInStore(sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.CheckInsTable)));
        services.AddSingleton<ICheckInScheduler, TableCheckInScheduler>();
        services.AddSingleton<ICheckInSender, AdapterCheckInSender>();
        services.AddSingleton<CheckInDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckInDispatcher>());

        // Each component gets its own timed-hold instance: a dialog belongs to one dialog set.
        services.AddTransient(sp => new TimedCuesDialog(DialogIds.TimedHold, sp.GetRequiredService<ITimerScheduler>(), coach, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IProgressReports, ProgressReports>();

        // The root takes every dialog of the coach; each is one singleton, added to the root once.
        AddDialog<SessionDialog>(services);
        AddDialog<AgeDialog>(services);
        AddDialog<WhereItHurtsDialog>(services);
        AddDialog<ScreeningDialog>(services);
        AddDialog<CautionsDialog>(services);
        AddDialog<ReleaseDialog>(services);
        AddDialog<StretchDialog>(services);
        AddDialog<EnrolDialog>(services);
        AddDialog<CheckInDialog>(services);
        AddDialog<ProgramCommandsDialog>(services);
        AddDialog<ExportDialog>(services);
        AddDialog<DeleteDataDialog>(services);
        AddDialog<SymptomCheckDialog>(services);
        AddDialog<SafetyHoldDialog>(services);
        services.AddSingleton<MainDialog>();
        return services;
    }

    // Registered as itself (tests and other dialogs may ask for it) and as one of the root's dialogs.
    private static void AddDialog<TDialog>(IServiceCollection services)
        where TDialog : Dialog
    {
        services.AddSingleton<TDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<TDialog>());
    }
}
