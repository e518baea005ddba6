using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Understanding;
using Microsoft.Recognizers.Text;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Understanding;

/// <summary>What a Spanish speaker types, read through the Recognizers' Spanish models and the Spanish content.</summary>
public sealed class SpanishUnderstandingTests
{
    private static readonly DateTime Now = new(2027, 5, 20, 12, 0, 0, DateTimeKind.Utc);
    private static readonly LanguageContent Spanish = Library.For("es-ES");

    [Theory]
    [InlineData("unas dos semanas", 14, false)]
    [InlineData("hace 3 días", 3, false)]
    [InlineData("desde marzo", 80, false)]
    [InlineData("desde hace años", null, true)]
    [InlineData("esta mañana", 0, false)]
    [InlineData("unos días", 3, false)]
    public void Durations_in_Spanish_are_read(string text, int? days, bool chronic)
    {
        var duration = PainDurationParser.Parse(text, Now, Spanish.Patterns.Durations, Culture.Spanish);

        Assert.NotNull(duration);
        Assert.Equal(chronic, duration.IsChronic);
        if (days is { } expected)
        {
            Assert.InRange(duration.Days ?? -1, expected - 2, expected + 2);
        }
    }

    [Theory]
    [InlineData("a las 8 de la mañana y a las 7 de la tarde", "08:00,19:00")]
    [InlineData("8:00 y 21:00", "08:00,21:00")]
    [InlineData("por la noche a las 9", "21:00")]
    public void Reminder_times_in_Spanish_are_read(string text, string expected)
    {
        var parsed = ReminderTimeParser.Parse(text, Culture.Spanish);

        Assert.Equal(expected.Split(',').Select(TimeOnly.Parse), parsed.Times);
    }

    [Theory]
    [InlineData("ayuda", GlobalCommand.Help)]
    [InlineData("cancelar", GlobalCommand.Cancel)]
    [InlineData("empezar de nuevo", GlobalCommand.StartOver)]
    [InlineData("borrar mis datos", GlobalCommand.DeleteMyData)]
    [InlineData("ver mi progreso", GlobalCommand.ShowProgress)]
    [InlineData("exportar para mi fisio", GlobalCommand.Export)]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("me ayuda mucho estirar", null)]
    public void Commands_in_Spanish_work_and_English_ones_too(string text, string? command) =>
        Assert.Equal(command, GlobalCommand.Recognize(text, Spanish, Library));

    [Theory]
    [InlineData("borrar mis datos", GlobalCommand.DeleteMyData)]
    [InlineData("ayuda", GlobalCommand.Help)]
    [InlineData("empezar de nuevo", GlobalCommand.StartOver)]
    public void Spanish_commands_work_in_a_chat_that_runs_in_English(string text, string command) =>
        Assert.Equal(command, GlobalCommand.Recognize(text, Library.Default, Library));

    [Theory]
    [InlineData("me duele el cuello", "neck", null)]
    [InlineData("el hombro derecho", "shoulder", "right")]
    [InlineData("la zona lumbar", "lower-back", null)]
    [InlineData("entre los omóplatos", "upper-back", "middle")]
    [InlineData("entre los omoplatos, sobre todo a la derecha", "upper-back", "right")]
    [InlineData("entre los omoplatos, lado izquierdo", "upper-back", "left")]
    public void Areas_and_sides_in_Spanish_are_found(string text, string areaId, string? side)
    {
        var mention = new AreaRecognizer(Spanish.Areas, Spanish.Patterns).Recognize(text);

        Assert.Equal(areaId, mention.AreaIds.FirstOrDefault());
        Assert.Equal(side, mention.Side);
    }

    [Theory]
    [InlineData("no sé", true, false)]
    [InlineData("ni idea", true, false)]
    [InlineData("¿por qué me lo preguntas?", false, true)]
    [InlineData("para qué quieres saberlo", false, true)]
    [InlineData("que sí", false, false)]
    [InlineData("no", false, false)]
    public void Not_sure_and_a_question_back_are_told_apart_in_Spanish(string text, bool unsure, bool question)
    {
        Assert.Equal(unsure, ReplyGuidance.IsUnsure(text, Spanish));
        Assert.Equal(question, ReplyGuidance.IsQuestion(text, Spanish));
    }

    [Theory]
    [InlineData("español", "es")]
    [InlineData("En español, por favor", null)]
    [InlineData("espanol", "es")]
    [InlineData("in English", "en")]
    [InlineData("inglés", "en")]
    public void The_language_a_whole_message_names_is_found(string text, string? language) =>
        Assert.Equal(language, Library.LanguageNamed(text));
}
