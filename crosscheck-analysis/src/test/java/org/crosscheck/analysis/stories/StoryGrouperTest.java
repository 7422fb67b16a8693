package org.crosscheck.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.analysis.stories.StoryGrouper.Article;
import org.crosscheck.analysis.stories.StoryGrouper.Story;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    private static Article article(String id, String text) {
        return new Article(id, text, DAY);
    }

    /** An invented pile: two reports of a bridge collapse, two of a dock strike, one of a chess final. */
    private static final List<Article> PILE = List.of(
            article("bridge-1", "The Harbor Bridge in Lindqvist collapsed on Tuesday, injuring six people. Mayor Ana Petrova said "
                    + "inspectors had warned the council about corroded cables. The Harbor Authority closed the river to boats."),
            article("strike-1", "Dock workers at the Port of Varnes walked out on Monday over pay. The Varnes Dockers Union said the strike "
                    + "would last until the shipping companies raised wages. Container ships queued outside the harbour."),
            article("bridge-2", "Six people were hurt when the Harbor Bridge collapsed in Lindqvist. Petrova told reporters that corroded "
                    + "cables had been reported to the council. The Harbor Authority stopped all river traffic."),
            article("chess-1", "Grandmaster Ilya Somov won the Northern Chess Open final in Brekka after a long endgame. Somov said the "
                    + "rook ending was the hardest he had played. The tournament drew players from twelve countries."),
            article("strike-2", "The strike at the Port of Varnes entered its second day as the Varnes Dockers Union rejected a wage offer. "
                    + "Shipping companies said container ships were being diverted to other ports."));

    private static Set<Set<String>> grouped(List<Story> stories) {
        return stories.stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
    }

    @Test
    void articlesOfOneEventFormOneStoryAndOtherEventsTheirOwn() {
        assertThat(grouped(StoryGrouper.group(PILE, StoryGrouper.THRESHOLD)))
                .containsExactlyInAnyOrder(Set.of("bridge-1", "bridge-2"), Set.of("strike-1", "strike-2"), Set.of("chess-1"));
    }

    @Test
    void aStoryIsNamedByItsFirstArticleAndTheSamePileAlwaysGivesTheSameStories() {
        List<Story> once = StoryGrouper.group(PILE, StoryGrouper.THRESHOLD);
        List<Article> reversed = new java.util.ArrayList<>(PILE);
        java.util.Collections.reverse(reversed);
        List<Story> again = StoryGrouper.group(reversed, StoryGrouper.THRESHOLD);
        assertThat(again).isEqualTo(once);
        assertThat(once).extracting(Story::id).contains("bridge-1", "strike-1", "chess-1");
    }

    @Test
    void aNewArticleJoinsTheStoryItTellsOrStartsOne() {
        StoryGrouper g = new StoryGrouper();
        for (Article a : PILE) g.add(a);
        assertThat(g.add(article("bridge-3", "Engineers inspected the collapsed Harbor Bridge in Lindqvist, where corroded cables "
                + "failed. Mayor Petrova promised the council a report."))).isEqualTo("bridge-1");
        assertThat(g.add(article("flood-1", "Heavy rain flooded the lower town of Ostry overnight and the fire brigade evacuated "
                + "forty homes near the canal."))).isEqualTo("flood-1");
        assertThat(g.stories()).hasSize(4);
    }

    @Test
    void articlesOfAnEarlierRunStayInTheirStoriesAndNewOnesJoinThem() {
        StoryGrouper g = new StoryGrouper();
        var placed = g.extend(List.of(new StoryGrouper.Placed(PILE.get(0), "bridge"), new StoryGrouper.Placed(PILE.get(1), "strike")),
                List.of(PILE.get(2), PILE.get(4), PILE.get(3)));
        assertThat(placed).containsEntry("bridge-2", "bridge").containsEntry("strike-2", "strike").containsEntry("chess-1", "chess-1");
        assertThat(grouped(g.stories())).contains(Set.of("bridge-1", "bridge-2"), Set.of("strike-1", "strike-2"));
    }

    @Test
    void countsWrittenAreReadBack() {
        StoryGrouper.Background b = StoryGrouper.Background.of(List.of(PILE.get(0).text(), PILE.get(2).text(), PILE.get(1).text()), 2);
        assertThat(b.count("cable")).isEqualTo(2);
        assertThat(b.count("wage")).isZero();
        assertThat(StoryGrouper.Background.read(b.write("made in a test"))).isEqualTo(b);
    }

    @Test
    void theSameWordsMonthsApartAreAnotherStory() {
        Article later = new Article("bridge-later", PILE.get(2).text(), DAY.plusDays(StoryGrouper.MAX_DAYS + 60));
        List<Story> stories = StoryGrouper.group(List.of(PILE.get(0), later), StoryGrouper.THRESHOLD);
        assertThat(stories).hasSize(2);
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new StoryGrouper(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoryGrouper(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
