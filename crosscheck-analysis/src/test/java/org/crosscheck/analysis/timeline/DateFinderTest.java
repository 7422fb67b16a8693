package org.crosscheck.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.analysis.pipeline.DocumentAnalysis;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    /** 12 March 2025 was a Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

    private static List<String> dates(String sentence, LocalDate ref) {
        DocumentAnalysis d = Docs.analyze(ref, "d", sentence + "\n").documents().get(0);
        return d.get(DateFinder.DATES).stream().map(m -> m.span().text() + " = " + m.when()).toList();
    }

    @Test
    void absoluteDates() {
        assertThat(dates("The plan was signed on 3 June 2019 and revised in September 2021.", WEDNESDAY))
                .containsExactly("3 June 2019 = 2019-06-03", "in September 2021 = 2021-09");
        assertThat(dates("Prices rose between 2017 and 2019, the office said in a report.", WEDNESDAY))
                .containsExactly("between 2017 and 2019 = 2017/2019");
    }

    @Test
    void aDateWithItsYearAfterOnKeepsItsYear() {
        assertThat(dates("He repeated it at a harbour rally on March 7, 2016, aides said.", WEDNESDAY))
                .containsExactly("on March 7, 2016 = 2016-03-07");
        assertThat(dates("He repeated it at a harbour rally on March 7, aides said.", WEDNESDAY))
                .containsExactly("on March 7 = 2025-03-07");
    }

    @Test
    void weekdaysResolveToTheLastSuchDayOnOrBeforeTheReference() {
        assertThat(dates("The bridge collapsed on Tuesday, officials said.", WEDNESDAY)).containsExactly("on Tuesday = 2025-03-11");
        assertThat(dates("The report was published on Wednesday in Geneva.", WEDNESDAY)).containsExactly("on Wednesday = 2025-03-12");
    }

    @Test
    void monthsWithoutAYearAreThePastOnes() {
        assertThat(dates("She visited the site in May, her office said.", WEDNESDAY)).containsExactly("in May = 2024-05");
        assertThat(dates("The council met in February to discuss it.", WEDNESDAY)).containsExactly("in February = 2025-02");
        assertThat(dates("He said so last March in a speech.", WEDNESDAY)).containsExactly("last March = 2024-03");
    }

    @Test
    void weeksAndMonths() {
        assertThat(dates("A petition was signed last month by many residents.", WEDNESDAY)).containsExactly("last month = 2025-02");
        assertThat(dates("She confirmed last week that the letter arrived.", WEDNESDAY))
                .containsExactly("last week = 2025-03-03/2025-03-09");
    }

    @Test
    void relativeDatesAreLeftOutWithoutAReference() {
        assertThat(dates("The bridge collapsed on Tuesday in the harbour.", null)).isEmpty();
    }

    @Test
    void wordsOfWhatIsToComePointForwardFromTheSourcesDate() {
        assertThat(dates("The ferry timetable stays in force until June 1, the operator said.", WEDNESDAY))
                .containsExactly("June 1 = 2025-06-01");
        assertThat(dates("The emergency permit is set to expire Tuesday unless the council renews it.", WEDNESDAY))
                .containsExactly("Tuesday = 2025-03-18");
        assertThat(dates("On Friday, the council will vote on the repair budget.", WEDNESDAY)).containsExactly("On Friday = 2025-03-14");
        assertThat(dates("The inquiry will report in May, the mayor promised.", WEDNESDAY)).containsExactly("in May = 2025-05");
    }

    @Test
    void theSameExpressionsPointBackInAnAccountOfWhatHappened() {
        assertThat(dates("The permit expired on Tuesday after the council let it lapse.", WEDNESDAY)).containsExactly("on Tuesday = 2025-03-11");
        assertThat(dates("On Friday, the council voted on the repair budget.", WEDNESDAY)).containsExactly("On Friday = 2025-03-07");
        assertThat(dates("The timetable had been in force since June 1, the operator said.", WEDNESDAY))
                .containsExactly("June 1 = 2024-06-01");
        assertThat(dates("Ana Duarte said on Tuesday that the council will vote again.", WEDNESDAY))
                .containsExactly("on Tuesday = 2025-03-11");
    }

    @Test
    void rangesStayRanges() {
        assertThat(dates("The bridge will be closed from March 17 to March 21 for inspection.", WEDNESDAY))
                .containsExactly("from March 17 to March 21 = 2025-03-17/2025-03-21");
        assertThat(dates("The festival ran June 3-7, 2024, in the old harbour.", WEDNESDAY))
                .containsExactly("June 3-7, 2024 = 2024-06-03/2024-06-07");
    }
}
