using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>Cautions change the instructions instead of stopping the session.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CautionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("ca"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("neck", "blood thinners", "light only", "Because of blood thinners")]
    [InlineData("calf", "pregnant", "light only", "Because you're pregnant")]
    [InlineData("lower back", "osteoporosis", "light only", "Because of osteoporosis")]
    [InlineData("thigh", "varicose veins", "light only", "Because of varicose veins")]
    [InlineData("forearm", "osteoporosis", "firm but bearable, about 4 to 6 out of 10", "Because of osteoporosis")]
    [InlineData("neck", "pregnant", "light only", "Because you're pregnant")]
    [InlineData("shoulder", "I'm on eliquis", "light only", "Because of blood thinners")]
    [InlineData("forearm", "xarelto", "light only", "Because of blood thinners")]
    public async Task A_caution_changes_the_pressure_instruction(string area, string caution, string pressure, string note)
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: area);
        await PassScreenAsync(chat, English.Areas.First(a => a.Synonyms.Contains(area) || a.Label.Equals(area, StringComparison.OrdinalIgnoreCase)).Id);

        await chat.AnswerAsync("yes", caution, "no", "ball", "yes");
        var start = string.Join("\n", await chat.SendAsync("60"));

        Assert.Contains(pressure, start, StringComparison.Ordinal);
        Assert.Contains(note, start, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recent surgery")]
    [InlineData("skin problem")]
    public async Task Surgery_or_a_skin_problem_at_the_spot_means_stretch_only(string caution)
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "shoulder");
        await PassScreenAsync(chat, "shoulder");

        await chat.AnswerAsync("yes", caution);
        var atSite = await chat.SendAsync("yes");
        var stretchOnly = await chat.SendAsync("no");

        Assert.Contains(atSite, t => t.Contains(Opening(TextKeys.CautionsMore), StringComparison.Ordinal));
        Assert.Contains(stretchOnly, t => t.Contains(Opening(TextKeys.CautionsStretchOnly), StringComparison.Ordinal));
        Assert.Contains(stretchOnly, t => t.Contains(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }), StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, IsPressureInstruction);
    }

    [Fact]
    public async Task Several_cautions_can_apply_and_each_adds_its_words()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "hip");
        await PassScreenAsync(chat, "hip-buttock");

        await chat.AnswerAsync("yes", "blood thinners", "yes", "pregnancy", "no", "ball", "yes");
        var start = string.Join("\n", await chat.SendAsync("30 seconds"));

        Assert.Contains(Instruction("blood-thinners"), start, StringComparison.Ordinal);
        Assert.Contains(Instruction("pregnancy"), start, StringComparison.Ordinal);
        Assert.Contains(Opening(TextKeys.ReleasePressureLight), start, StringComparison.Ordinal);
    }

    // What cautions.json has the coach add to the instructions for the caution with this id.
    private static string Instruction(string id) => English.Cautions.Cautions.Single(c => c.Id == id).Instruction.Text;
}
