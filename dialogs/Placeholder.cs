namespace CoachBot.Dialogs;
internal static class Placeholder { }
