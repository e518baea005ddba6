using CoachBot.Storage;

namespace CoachBot.Tests.Storage;

public sealed class TableKeyEncoderTests
{
    [Theory]
    [InlineData("msteams/conversations/19:abc/")]
    [InlineData("webchat/users/a\\b#c?d")]
    [InlineData("line\nbreak\u0001control")]
    public void Encoded_keys_contain_none_of_the_characters_tables_forbid(string key)
    {
        var encoded = TableKeyEncoder.Encode(key);

        Assert.DoesNotContain(encoded, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Fact]
    public void Keys_that_differ_only_in_an_escaped_character_stay_different()
    {
        Assert.NotEqual(TableKeyEncoder.Encode("a/b"), TableKeyEncoder.Encode("a%2Fb"));
    }

    [Fact]
    public void A_very_long_key_is_shortened_but_stays_unique()
    {
        var first = TableKeyEncoder.Encode(new string('x', 2000) + "1");
        var second = TableKeyEncoder.Encode(new string('x', 2000) + "2");

        Assert.True(first.Length <= TableKeyEncoder.MaxKeyLength);
        Assert.NotEqual(first, second);
    }
}
