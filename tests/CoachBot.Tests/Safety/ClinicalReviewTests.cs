using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Safety;

/// <summary>The safety findings of the clinical review, each as a person would meet it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClinicalReviewTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("clin"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void The_screen_asks_every_emergency_question_before_any_see_a_doctor_question()
    {
        foreach (var area in English.Areas)
        {
            var severities = Questions(area.Id).Select(q => SafetyOutcomes.Severity(q.Outcome)).ToList();
            Assert.Equal(severities.Order().ToList(), severities);
        }
    }

    [Fact]
    public async Task Yes_to_everything_for_the_low_back_ends_with_the_emergency_advice_not_see_a_doctor()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "lower back");
        var asked = new List<string>();
        IReadOnlyList<string> replies = [];
        for (var i = 0; i < Questions("lower-back").Count && !replies.Any(t => t.Contains("For your safety", StringComparison.Ordinal)); i++)
        {
            asked.Add(chat.Transcript[^1]);
            replies = await chat.SendAsync("yes");
        }

        Assert.Contains(replies, t => t.Contains("call emergency services now", StringComparison.Ordinal));
        Assert.DoesNotContain(asked, t => t.Contains("Have you ever had cancer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_in_sight_with_a_new_headache_over_50_is_an_emergency()
    {
        var replies = await AnswerScreenAsync("head", "head-jaw", "gca-vision");

        Assert.Contains(replies, t => t.Contains("call emergency services now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_thigh_gets_the_clot_question_with_one_leg_against_the_other()
    {
        var replies = await AnswerScreenAsync("thigh", "thigh", "leg-clot");

        Assert.Contains(Questions("thigh"), q => q.Id == "leg-clot" && q.Question.Contains("one leg more swollen, warmer, redder or darker than the other", StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains("Please get this checked today", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Severe_pain_gets_the_gentle_pressure_the_coach_promised()
    {
        var chat = _host.NewConversation();
        var before = await StartAsync(chat, pain: "8");
        await PassScreenAsync(chat, "neck");

        await StartReleaseAsync(chat, "30 seconds");
        var release = chat.Transcript;

        Assert.Contains(before, t => t.Contains("We'll keep the pressure gentle today", StringComparison.Ordinal));
        Assert.Contains(release, t => t.Contains("Pressure: light only", StringComparison.Ordinal));
        Assert.DoesNotContain(release, t => t.Contains("4 to 6 out of 10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Swelling_in_the_calf_after_the_session_is_a_clot_sign_not_a_reason_for_ice()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "calf");
        await PassScreenAsync(chat, "calf");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.SendAsync("stop");
        await chat.SendAsync("3");

        var replies = await chat.SendAsync("yes");

        Assert.Contains(replies, t => t.Contains("Please get this checked today", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, t => t.Contains("ice pack", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Same_day_advice_in_the_uk_names_NHS_111()
    {
        var chat = _host.NewConversation("en-GB");
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "calf", "left");

        var asked = await chat.SendAsync("my calf is swollen and red");
        var advice = await chat.SendAsync("yes");

        Assert.NotEmpty(asked);
        Assert.Contains(advice, t => t.Contains("NHS 111", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_of_self_harm_get_care_and_a_crisis_line_and_the_session_stops()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck");

        var replies = await chat.SendAsync("honestly with this pain i just want to end it all");
        var next = await chat.SendAsync("hi");

        Assert.Contains(replies, t => t.Contains("988", StringComparison.Ordinal) && t.Contains("I'm really sorry you're feeling this way", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, t => t.Contains("Which side", StringComparison.Ordinal));
        Assert.DoesNotContain(next, t => t.Contains("Have you been checked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Finding_the_calf_spot_says_to_stay_off_the_back_of_the_knee_and_off_nerves()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "calf");
        await PassScreenAsync(chat, "calf");
        await chat.SendAsync("no");

        var spot = await chat.SendAsync("thumb");
        var release = await chat.AnswerAsync("yes", "30 seconds");

        Assert.Contains(spot, t => t.Contains("keep off the back of the knee", StringComparison.Ordinal));
        Assert.Contains(release, t => t.Contains("tingling, pins and needles or an electric feeling, move off the spot", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("my armpit")]
    [InlineData("the front of my neck")]
    [InlineData("my groin")]
    public async Task A_place_the_coach_does_not_work_on_is_declined_with_a_reason_and_another_spot_is_asked_for(string place)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        var declined = await chat.SendAsync(place);
        var next = await chat.SendAsync("neck");

        Assert.Contains(declined, t => t.Contains("a place I don't guide self-massage on", StringComparison.Ordinal));
        Assert.DoesNotContain(declined, t => t.Contains("Which side?", StringComparison.Ordinal));
        Assert.Contains(next, t => t.Contains("Which side?", StringComparison.Ordinal));
    }

    // Starts a session for the area and answers "no" to every screen question but the one named.
    [Theory]
    [InlineData("hamstring", "hamstrings", "leg-clot", "not the middle, where the sciatic nerve runs")]
    [InlineData("base of my skull", "base-of-skull", "artery-tear", "keep off the bony bumps")]
    public async Task The_areas_people_asked_for_screen_their_own_red_flags_and_say_where_to_stay_off(string area, string areaId, string flag, string stayOff)
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: area);
        var asked = new List<string>();
        foreach (var _ in Questions(areaId))
        {
            asked.Add(chat.Transcript[^1]);
            await chat.SendAsync("no");
        }

        var spot = await chat.AnswerAsync("no", "ball");

        Assert.Contains(asked, t => t == English.RedFlags.Area.Single(q => q.Id == flag).Question);
        Assert.Contains(spot, t => t.Contains(stayOff, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("my chest")]
    [InlineData("my pecs are tight")]
    public async Task The_chest_is_declined_because_chest_pain_can_come_from_the_heart(string answer)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        var replies = await chat.SendAsync(answer);

        Assert.Contains(replies, t => t.Contains("pain in the chest can come from the heart or lungs", StringComparison.Ordinal));
        Assert.DoesNotContain(replies, t => t.Contains("Which side?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_base_of_the_skull_only_ever_gets_light_pressure()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "base of my skull", pain: "3");
        await PassScreenAsync(chat, "base-of-skull");

        await StartReleaseAsync(chat, "30 seconds");

        Assert.Contains(chat.Transcript, t => t.Contains("Pressure: light only", StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, t => t.Contains("4 to 6 out of 10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("neck", "exertional-pain")]
    [InlineData("forearm", "cardiac-referred")]
    [InlineData("lower-back", "aortic-aneurysm")]
    [InlineData("base-of-skull", "hand-neurological")]
    public void The_second_review_added_red_flags_where_they_belong(string areaId, string flagId)
    {
        Assert.Contains(Questions(areaId), q => q.Id == flagId);
    }

    [Theory]
    [InlineData("I'm 35", "head", "Are you over 50", false)]
    [InlineData("I'm 61", "head", "Are you over 50", true)]
    [InlineData("18 to 64", "head", "Are you over 50", true)]
    [InlineData("I'm 40", "neck", "are you under 20 or over 55", false)]
    [InlineData("65 or over", "neck", "are you under 20 or over 55", true)]
    public async Task Questions_bound_to_an_age_are_left_out_for_someone_known_to_be_outside_it(string age, string area, string question, bool asked)
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: area, age: age);
        var screen = new List<string> { chat.Transcript[^1] };
        for (var i = 0; i < 25 && !chat.Transcript[^1].Contains("What will you press with?", StringComparison.Ordinal) && !chat.Transcript[^1].Contains("Do any of these apply", StringComparison.Ordinal); i++)
        {
            screen.AddRange(await chat.SendAsync("no"));
        }

        Assert.Equal(asked, screen.Any(t => t.Contains(question, StringComparison.Ordinal)));
        Assert.Contains(screen, t => t.Contains("Do any of these apply", StringComparison.Ordinal));
        Assert.DoesNotContain(English.RedFlags.General, q => q.Question.Contains("lasted for months", StringComparison.Ordinal));
    }

    // Someone of 60, so that the questions asked only from 50 come too.
    private async Task<IReadOnlyList<string>> AnswerScreenAsync(string area, string areaId, string yesTo)
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: area, age: "60");
        IReadOnlyList<string> replies = [];
        foreach (var question in Questions(areaId, age: 60))
        {
            replies = await chat.SendAsync(question.Id == yesTo ? "yes" : "no");
            if (question.Id == yesTo)
            {
                break;
            }
        }

        return replies;
    }
}
