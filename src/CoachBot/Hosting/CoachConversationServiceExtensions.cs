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
using CoachBot.DirectLine;
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
    public static IServiceCollection AddCoachConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddValidatedOptions<CoachOptions>(
            "Coach",
            (o => o.TimeScale > 0 && o.TimeScale <= 10, "Coach:TimeScale must be above 0 and at most 10 (1 in real use)."),
            (o => o.EmergencyHold > TimeSpan.Zero, "Coach:EmergencyHold must be longer than zero."));

        services.AddSingleton(sp => new TablePainLog(TableClients.For(sp, o => o.PainRatingsTable)));
        services.AddSingleton<IPainLog>(sp => sp.GetRequiredService<TablePainLog>());
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddSingleton(sp => new TableTimerScheduler(TableClients.For(sp, o => o.ReleaseTimersTable)));
        services.AddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<TableTimerScheduler>());
        services.AddSingleton<TimerDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerDispatcher>());
        services.AddSingleton<RatingRecorder>();

        services.AddValidatedOptions<CheckInOptions>(
            "CheckIns",
            (o => o.Grace > TimeSpan.Zero, "CheckIns:Grace must be longer than zero."),
            (o => o.PollInterval > TimeSpan.Zero, "CheckIns:PollInterval must be longer than zero."),
            (o => o.BatchSize is >= 1 and <= 1000 && o.Parallelism >= 1 && o.MaxAttempts >= 1, "CheckIns:BatchSize must be 1-1000, and CheckIns:Parallelism and CheckIns:MaxAttempts at least 1."),
            (o => o.TenantSendsPerSecond >= 1, "CheckIns:TenantSendsPerSecond must be at least 1."));
        services.AddSingleton(sp => new TableCheckInStore(TableClients.For(sp, o => o.CheckInsTable)));
        services.AddSingleton<ICheckInScheduler, TableCheckInScheduler>();
        services.AddSingleton<ICheckInSender, AdapterCheckInSender>();
        services.AddSingleton<CheckInDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckInDispatcher>());

        // A timed hold redraws one card in Teams and in the local Direct Line's conversations, which
        // deliver an update again under the same id (Web Chat then replaces the message it shows).
        services.AddSingleton(sp => new MessageUpdates(activity =>
            activity.ChannelId == DirectLineBotDelivery.ChannelId && activity.Conversation?.Id is { } id
            && sp.GetRequiredService<DirectLineConversationStore>().Find(id) is not null));

        // Each component gets its own timed-hold instance: a dialog belongs to one dialog set.
        services.AddTransient(sp => new TimedCuesDialog(DialogIds.TimedHold, sp.GetRequiredService<ITimerScheduler>(), sp.GetRequiredService<CoachOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<MessageUpdates>()));
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
