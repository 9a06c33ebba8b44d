using Digest.Core.Parsing;
using Digest.Core.Summaries;

namespace Digest.Core.Tests.Parsing;

public sealed class EntityExtractorTests
{
    private static IReadOnlyList<Entity> Extract(string body) => EntityExtractor.Extract(SentenceSplitter.SplitBody(body)).Entities;

    [Fact]
    public void Merges_surname_mentions_into_the_full_name()
    {
        var entities = Extract("NATO Secretary General Jens Stoltenberg spoke first. Later, Stoltenberg said more. Then Stoltenberg left.");

        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Jens Stoltenberg", person.Name);
        Assert.Equal(3, person.Mentions);
        Assert.Equal(["Stoltenberg"], person.Aliases);
    }

    [Fact]
    public void Reads_roles_from_titles_before_names()
    {
        var entities = Extract("NATO Secretary-General Jens Stoltenberg met US President Donald Trump in Brussels.");

        Assert.Equal("NATO Secretary General", entities.Single(e => e.Name == "Jens Stoltenberg").Role);
        Assert.Equal("US President", entities.Single(e => e.Name == "Donald Trump").Role);
    }

    [Fact]
    public void Spells_a_role_qualifier_by_its_short_well_known_name()
    {
        var entities = Extract("Alliance Secretary General Jens Stoltenberg spoke.");

        Assert.Equal("NATO Secretary General", entities.Single(e => e.Name == "Jens Stoltenberg").Role);
    }

    [Fact]
    public void Merges_well_known_aliases()
    {
        var entities = Extract("The coalition fought Daesh and ISIS in the north. The Islamic State (IS) group lost ground. The U.S. and the United States agreed, as did the Americans.");

        var group = entities.Single(e => e.Name == "Islamic State");
        Assert.Equal(4, group.Mentions);
        Assert.Equal(EntityType.Organization, group.Type);
        var country = entities.Single(e => e.Name == "United States");
        Assert.Equal(3, country.Mentions);
        Assert.Contains("U.S.", country.Aliases);
    }

    [Fact]
    public void Merges_spelling_variants_of_the_same_surname()
    {
        var entities = Extract("The strike killed Qasem Soleimani near the airport. Iranian General Qassem Soleimani had led the force for years.");

        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, person.Mentions);
        Assert.Contains(person.Aliases, a => a is "Qasem Soleimani" or "Qassem Soleimani");
    }

    [Fact]
    public void Does_not_take_capitalised_sentence_openers_for_entities()
    {
        var entities = Extract("Questions about the mission remain. Regarding the budget, ministers disagreed. Meanwhile Iraq waited.");

        Assert.Equal(["Iraq"], entities.Select(e => e.Name));
        Assert.Equal(EntityType.Place, entities[0].Type);
    }

    [Fact]
    public void Types_organisations_by_their_suffix_and_places_by_gazetteer()
    {
        var entities = Extract("The Global Coalition met in Munich. The Global Coalition then met again in BRUSSELS.");

        Assert.Equal(EntityType.Organization, entities.Single(e => e.Name == "Global Coalition").Type);
        Assert.Equal(EntityType.Place, entities.Single(e => e.Name == "Brussels").Type);
    }

    [Fact]
    public void Resolves_a_title_holder_from_the_role_alone()
    {
        var index = EntityExtractor.Extract(SentenceSplitter.SplitBody("NATO Secretary-General Jens Stoltenberg spoke."));

        Assert.Equal("Jens Stoltenberg", index.Resolve("the Secretary General of NATO"));
        Assert.Equal("Jens Stoltenberg", index.Resolve("NATO Secretary-General"));
        Assert.Equal("NATO", index.Resolve("the alliance"));
    }

    [Fact]
    public void Leaves_the_articles_and_pronouns_of_the_texts_language_out_of_names()
    {
        var entities = EntityExtractor.Extract(
            SentenceSplitter.SplitBody("Die Hummeln sterben unter den Linden. Möchten Sie helfen? Laut Forscher Lars Chittka hilft das. Und Angela Merkel schweigt."),
            "de").Entities;

        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Die ", StringComparison.Ordinal) || e.Name.StartsWith("Und ", StringComparison.Ordinal));
        Assert.DoesNotContain(entities, e => e.Name.Split(' ').Contains("Sie"));
        Assert.Contains(entities, e => e.Name == "Angela Merkel" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Keeps_a_function_word_that_a_name_carries_inside_sentences_too()
    {
        var entities = EntityExtractor.Extract(
            SentenceSplitter.SplitBody("Le Pen a parlé. Le vote de Marine Le Pen aura lieu. Le gouvernement attend."),
            "fr").Entities;

        Assert.Contains(entities, e => e.Name == "Marine Le Pen");
        Assert.DoesNotContain(entities, e => e.Name == "Pen");
    }

    [Fact]
    public void English_text_is_read_as_before_whatever_language_is_given()
    {
        const string Body = "The Hague said World War I ended. We met US officials in It's Boston office.";

        Assert.Equal(
            EntityExtractor.Extract(SentenceSplitter.SplitBody(Body)).Entities.Select(e => e.Name),
            EntityExtractor.Extract(SentenceSplitter.SplitBody(Body), "en-GB").Entities.Select(e => e.Name));
    }
}
