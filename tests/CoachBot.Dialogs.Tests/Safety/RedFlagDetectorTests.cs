using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;

namespace CoachBot.Dialogs.Tests.Safety;

public sealed class RedFlagDetectorTests
{
    private static readonly RedFlagDetector Detector = new(ContentLibrary.Load(ContentLibrary.DefaultRoot).For("en").Symptoms);

    [Theory]
    [InlineData("chest pain", SafetyOutcomes.Emergency)]
    [InlineData("I have chest pain and my arm hurts", SafetyOutcomes.Emergency)]
    [InlineData("my arm went numb", SafetyOutcomes.Emergency)]
    [InlineData("My arm just went numb!!", SafetyOutcomes.Emergency)]
    [InlineData("I can't feel my leg", SafetyOutcomes.Emergency)]
    [InlineData("i can\u2019t feel my leg", SafetyOutcomes.Emergency)]
    [InlineData("I can't breathe properly", SafetyOutcomes.Emergency)]
    [InlineData("my face is drooping", SafetyOutcomes.Emergency)]
    [InlineData("worst headache of my life", SafetyOutcomes.Emergency)]
    [InlineData("I can't control my bladder", SafetyOutcomes.Emergency)]
    [InlineData("my calf is swollen and red", SafetyOutcomes.DoctorToday)]
    [InlineData("ouch, pressure in my chest", SafetyOutcomes.Emergency)]
    [InlineData("honestly i just want to end it all", SafetyOutcomes.Crisis)]
    [InlineData("sometimes i think about hurting myself", SafetyOutcomes.Crisis)]
    [InlineData("hmm my neck i think, but my left arm went kind of heavy and weird about an hour ago", SafetyOutcomes.Emergency)]
    [InlineData("lower back is killing me and since yesterday i cant really feel my bits when i wipe", SafetyOutcomes.Emergency)]
    public void Red_flag_words_are_recognized_wherever_they_appear(string text, string outcome)
    {
        Assert.Equal(outcome, Detector.Detect(text)?.Outcome);
    }

    [Theory]
    [InlineData("chest")]
    [InlineData("my chest")]
    [InlineData("my pecs")]
    [InlineData("chest muscle, left side")]
    public void Naming_the_chest_as_the_sore_area_is_not_an_emergency_by_itself(string text)
    {
        Assert.Null(Detector.Detect(text));
    }

    [Theory]
    [InlineData("my chest is tight")]
    [InlineData("my chest hurts")]
    public void Chest_pain_in_the_chest_area_is_asked_about_or_stops(string text)
    {
        Assert.Equal(SafetyOutcomes.Emergency, Detector.Detect(text)?.Outcome);
    }

    [Theory]
    [InlineData("a numb feeling about work")]
    [InlineData("I feel numb about the whole thing")]
    [InlineData("no chest pain")]
    [InlineData("I don't have chest pain, just my neck")]
    [InlineData("it's not chest pain, it's my shoulder")]
    [InlineData("my neck is stiff")]
    [InlineData("7")]
    [InlineData("ouch")]
    [InlineData("right now it's a 6")]
    [InlineData("")]
    [InlineData("I hurt myself playing football last week and now my calf is tight")]
    [InlineData("I cut myself shaving near the sore spot")]
    [InlineData("i dont want to die, just want this knot gone")]
    [InlineData("this knot is killing me")]
    public void Words_that_only_sound_alarming_do_not_interrupt(string text)
    {
        Assert.Null(Detector.Detect(text));
    }

    [Fact]
    public void A_negation_in_an_earlier_clause_does_not_hide_a_later_red_flag()
    {
        Assert.Equal(SafetyOutcomes.Emergency, Detector.Detect("not sure, but my arm went numb")?.Outcome);
    }
}
