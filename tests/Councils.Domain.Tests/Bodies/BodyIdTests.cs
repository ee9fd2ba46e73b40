using Councils.Domain.Bodies;
using Councils.Domain.Tests.Support;

namespace Councils.Domain.Tests.Bodies;

public sealed class BodyIdTests
{
    [Theory]
    [InlineData("acme-workshop", true)]
    [InlineData("a", true)]
    [InlineData("9th-district", true)]
    [InlineData("workers-of-the-putilov-works-and-of-the-neighbouring-shops-19170", false)]
    [InlineData("workers-of-the-putilov-works-and-of-the-neighbouring-shops-1917", true)]
    [InlineData("", false)]
    [InlineData("-acme", false)]
    [InlineData("Acme", false)]
    [InlineData("acme workshop", false)]
    [InlineData("acme_workshop", false)]
    [InlineData("fábrica", false)]
    public void TryParse_OnlyASlug_IsAnId(string text, bool valid)
    {
        Assert.Equal(valid, BodyId.TryParse(text, out var id));
        if (valid)
            Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void Parse_NotASlug_IsRefused() => Expect.Rule(Rules.BodyId, () => BodyId.Parse("Acme Workshop"));

    [Theory]
    [InlineData("Acme Workshop", "acme-workshop")]
    [InlineData("  --Shop #3--  ", "shop-3")]
    [InlineData("Putilov Works, Shop №3", "putilov-works-shop-3")]
    [InlineData("Fábrica Ñandú", "fabrica-nandu")]
    [InlineData("Straße der Arbeit", "strasse-der-arbeit")]
    [InlineData("Путиловский завод", "putilovskii-zavod")]
    [InlineData("Гуляйполе", "guliaipole")]
    [InlineData("Łódź Textile Workers", "lodz-textile-workers")]
    public void FromName_AnyName_IsItsSlug(string name, string id) => Assert.Equal(id, BodyId.FromName(name).ToString());

    [Fact]
    public void FromName_LongName_IsCutWithoutATrailingDash()
    {
        var id = BodyId.FromName(new string('a', 62) + " bbbb").ToString();
        Assert.Equal(new string('a', 62), id);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("工厂")]
    public void FromName_NothingToKeep_IsRefused(string name) => Expect.Rule(Rules.BodyId, () => BodyId.FromName(name));
}
