package io.plantrail.command.action.timescale;

import io.plantrail.events.Milestone;
import io.plantrail.events.Timescale;
import io.plantrail.events.TimescalePrecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static io.plantrail.events.TimescalePrecision.DAY;
import static io.plantrail.events.TimescalePrecision.FINANCIAL_YEAR;
import static io.plantrail.events.TimescalePrecision.MONTH;
import static io.plantrail.events.TimescalePrecision.ONGOING;
import static io.plantrail.events.TimescalePrecision.QUARTER;
import static io.plantrail.events.TimescalePrecision.SEASON;
import static io.plantrail.events.TimescalePrecision.TBC;
import static io.plantrail.events.TimescalePrecision.UNREADABLE;
import static io.plantrail.events.TimescalePrecision.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

class TimescaleParserTest {

    /** Every distinct Timescale / Completion Date cell of seeds/004_ab252dd918d6bb63.txt, verbatim. */
    @Nested
    class SeedPlan2009 {

        @Test
        void appointNewDcsHasAnInterimAndAPermanentMilestone() {
            // 1.1: en dash after the first date, hyphen after the second, nothing between the two.
            String text = "Jan 2010 – Interim Summer 2010 - Permanent";

            assertThat(TimescaleParser.parse(text)).isEqualTo(new Timescale(text,
                    LocalDate.of(2010, 8, 31), SEASON,
                    List.of(new Milestone("Interim", LocalDate.of(2010, 1, 31), MONTH),
                            new Milestone("Permanent", LocalDate.of(2010, 8, 31), SEASON))));
        }

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                Commence implementation early 2010 | 2010-04-30 | SEASON
                Aug 2010                           | 2010-08-31 | MONTH
                April 2010                         | 2010-04-30 | MONTH
                February 2010                      | 2010-02-28 | MONTH
                June 2010                          | 2010-06-30 | MONTH
                """)
        void datedCells(String text, LocalDate due, TimescalePrecision precision) {
            assertResolves(text, due, precision);
        }

        @Test
        void tbcCellsHaveNoDueDate() {
            assertNoDueDate("TBC", TBC);
        }

        @Test
        void onGoingCellsHaveNoDueDate() {
            assertNoDueDate("On-going", ONGOING);
        }

        @ParameterizedTest
        // The OCR-damaged header ("Timeseels"), a stray glyph and a ruled line sit in the same column;
        // none is a timescale and none may gain a date.
        @ValueSource(strings = {"Timeseels", "ı", "----------"})
        void columnDebrisStaysUnreadable(String text) {
            assertNoDueDate(text, UNREADABLE);
        }
    }

    /** Date shapes from the other seed documents, where they could stand as a timescale. */
    @Nested
    class OtherSeedShapes {

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                31 st Dec 2009                      | 2009-12-31 | DAY
                02 November 2011                    | 2011-11-02 | DAY
                8 November 2011                     | 2011-11-08 | DAY
                30 June 2011                        | 2011-06-30 | DAY
                19th December 2007                  | 2007-12-19 | DAY
                26<sup>th</sup> June 2008           | 2008-06-26 | DAY
                31<sup>st</sup> March 2008          | 2008-03-31 | DAY
                July 2009                           | 2009-07-31 | MONTH
                December 2011                       | 2011-12-31 | MONTH
                January 2012                        | 2012-01-31 | MONTH
                the end of October 2011             | 2011-10-31 | MONTH
                Quarter 2 2011/12                   | 2011-09-30 | QUARTER
                Quarter 4 2007/08                   | 2008-03-31 | QUARTER
                2011/12 Q2                          | 2011-09-30 | QUARTER
                2009/10                             | 2010-03-31 | FINANCIAL_YEAR
                late 2007                           | 2007-12-31 | SEASON
                during 2012                         | 2012-12-31 | YEAR
                """)
        void readable(String text, LocalDate due, TimescalePrecision precision) {
            assertResolves(text, due, precision);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "25 Nov",             // 004 progress: no year
                "Nov 09",             // 004 progress: two-digit year
                "7th November",       // 001: no year
                "23 September",       // 001: no year
                "early December",     // 001: no year
                "available Dec ¹",    // 000: no year
                "Q2",                 // 000 column heading: no financial year
                "1<sup>st</sup> January to 31<sup>st</sup> March 2008"  // 003: the first date has no year
        })
        void withoutAFullDateStayUnreadable(String text) {
            assertNoDueDate(text, UNREADABLE);
        }
    }

    @Nested
    class Days {

        @ParameterizedTest
        @ValueSource(strings = {"25 Nov 2009", "25/11/2009", "25th November 2009", "25.11.2009", "2009-11-25",
                "November 25th, 2009", "25TH NOV 2009"})
        void resolveToThatDay(String text) {
            assertResolves(text, LocalDate.of(2009, 11, 25), DAY);
        }

        @Test
        void numericDatesAreDayFirst() {
            assertResolves("1/4/2010", LocalDate.of(2010, 4, 1), DAY);
        }

        @Test
        void leapDayExistsInALeapYear() {
            assertResolves("29 Feb 2012", LocalDate.of(2012, 2, 29), DAY);
        }
    }

    @Nested
    class Months {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Aug 2010      | 2010-08-31
                February 2010 | 2010-02-28
                Feb 2012      | 2012-02-29
                Sept 2010     | 2010-09-30
                Sept. 2010    | 2010-09-30
                sep 2010      | 2010-09-30
                NOVEMBER 2010 | 2010-11-30
                Dec 2009      | 2009-12-31
                11/2009       | 2009-11-30
                """)
        void resolveToTheLastDay(String text, LocalDate due) {
            assertResolves(text, due, MONTH);
        }
    }

    @Nested
    class FinancialQuarters {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Q1 2010/11   | 2010-06-30
                Q2 2010/11   | 2010-09-30
                Q3 2010/11   | 2010-12-31
                Q3 2010-11   | 2010-12-31
                q3 2010–11   | 2010-12-31
                Q4 2010/11   | 2011-03-31
                Q4 2010/2011 | 2011-03-31
                """)
        void endWithTheirLastMonth(String text, LocalDate due) {
            assertResolves(text, due, QUARTER);
        }
    }

    @Nested
    class Years {

        @Test
        void aYearEndsOn31December() {
            assertResolves("2010", LocalDate.of(2010, 12, 31), YEAR);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2010/11", "2010-11", "2010/2011", "2010 - 2011", "end of 2010/11"})
        void aFinancialYearEndsOn31MarchOfItsSecondYear(String text) {
            assertResolves(text, LocalDate.of(2011, 3, 31), FINANCIAL_YEAR);
        }

        @Test
        void aFinancialYearMayCrossACentury() {
            assertResolves("1999/00", LocalDate.of(2000, 3, 31), FINANCIAL_YEAR);
        }
    }

    @Nested
    class SeasonsAndPartsOfAYear {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                early 2010      | 2010-04-30
                mid 2010        | 2010-08-31
                mid-2010        | 2010-08-31
                late 2010       | 2010-12-31
                end of 2010     | 2010-12-31
                Spring 2010     | 2010-05-31
                Summer 2010     | 2010-08-31
                Autumn 2010     | 2010-11-30
                Winter 2010     | 2011-02-28
                Winter 2011     | 2012-02-29
                Winter 2011/12  | 2012-02-29
                late Summer 2010| 2010-08-31
                EARLY 2010      | 2010-04-30
                """)
        void endWhereTheDomainSays(String text, LocalDate due) {
            assertResolves(text, due, SEASON);
        }
    }

    @Nested
    class WordsAroundTheDate {

        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                Commence implementation early 2010  | 2010-04-30 | SEASON
                By end of March 2010                | 2010-03-31 | MONTH
                Report to Members by Q3 2010/11     | 2010-12-31 | QUARTER
                Review complete 25 Nov 2009         | 2009-11-25 | DAY
                """)
        void areKeptAndIgnored(String text, LocalDate due, TimescalePrecision precision) {
            assertResolves(text, due, precision);
        }

        @Test
        void onlySurroundingWhitespaceIsTrimmed() {
            assertThat(TimescaleParser.parse("  \tAug  2010 \n").text()).isEqualTo("Aug  2010");
        }
    }

    @Nested
    class Milestones {

        @Test
        void labelsAfterADashWithCommas() {
            String text = "Jan 2010 - Interim, Summer 2010 - Permanent";

            assertThat(TimescaleParser.parse(text).milestones()).containsExactly(
                    new Milestone("Interim", LocalDate.of(2010, 1, 31), MONTH),
                    new Milestone("Permanent", LocalDate.of(2010, 8, 31), SEASON));
        }

        @Test
        void labelsBeforeTheirDates() {
            String text = "Interim: Jan 2010; Permanent: Summer 2010";

            assertThat(TimescaleParser.parse(text).milestones()).containsExactly(
                    new Milestone("Interim", LocalDate.of(2010, 1, 31), MONTH),
                    new Milestone("Permanent", LocalDate.of(2010, 8, 31), SEASON));
        }

        @Test
        void unlabelledDatesAreLabelledWithTheirOwnWords() {
            String text = "April 2010 – 30 June 2010";

            assertThat(TimescaleParser.parse(text)).isEqualTo(new Timescale(text,
                    LocalDate.of(2010, 6, 30), DAY,
                    List.of(new Milestone("April 2010", LocalDate.of(2010, 4, 30), MONTH),
                            new Milestone("30 June 2010", LocalDate.of(2010, 6, 30), DAY))));
        }

        @Test
        void dueIsTheLatestMilestoneWhereverItIsWritten() {
            Timescale timescale = TimescaleParser.parse("Summer 2010 - Permanent, Jan 2010 - Interim");

            assertThat(timescale.due()).isEqualTo(LocalDate.of(2010, 8, 31));
            assertThat(timescale.precision()).isEqualTo(SEASON);
        }

        @Test
        void aSingleDateHasNoMilestones() {
            assertThat(TimescaleParser.parse("Summer 2010 - Permanent").milestones()).isEmpty();
        }

        @Test
        void oneBrokenDateRefusesTheWhole() {
            assertNoDueDate("Jan 2010 – Interim Smarch 2010 - Permanent", UNREADABLE);
        }
    }

    @Nested
    class NoDueDate {

        @ParameterizedTest
        @ValueSource(strings = {"On-going", "Ongoing", "on going", "On Going", "ONGOING", "Continuous", "continuous",
                "On-going - reviewed monthly"})
        void ongoingWork(String text) {
            assertNoDueDate(text, ONGOING);
        }

        @ParameterizedTest
        @ValueSource(strings = {"TBC", "tbc", "TBA", "T.B.C.", "To be confirmed", "to be CONFIRMED", "", "   ", "\t"})
        void stillToBeConfirmed(String text) {
            assertNoDueDate(text, TBC);
        }

        @Test
        void aMissingCellIsTbcWithEmptyText() {
            assertThat(TimescaleParser.parse(null)).isEqualTo(new Timescale("", null, TBC, List.of()));
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest
        @ValueSource(strings = {
                "When funding allows",
                "Annual",                   // recurring, not a date
                "Q5 2010/11",               // there is no fifth quarter
                "Q0 2010/11",
                "Q3 2010",                  // calendar or financial quarter: not said
                "31 Feb 2010",
                "29 Feb 2010",              // 2010 is not a leap year
                "32/01/2010",
                "13/2010",
                "Smarch 2010",              // a misspelt month, not the year 2010
                "Febuary 2010",
                "Sumer 2010",
                "Aug 10",                   // two-digit years are never widened
                "25/11/09",
                "25 Nov 09",
                "2010/12",                  // not consecutive, so not a financial year
                "2010 - 11",                // spaced dash with a short year: a range or a typo
                "Summer 2010/11",           // which summer?
                "early in 2010",            // "early" cut off from its year
                "Jan - Mar 2010",           // the first month has no year
                "Jan 2010 – Interim, Permanent TBC",  // the last milestone, hence the due date, is unknown
                "March 2010 (TBC)",
                "1066",                     // no plan is due then
                "20100"
        })
        void keepTheWordsWithoutADate(String text) {
            assertNoDueDate(text, UNREADABLE);
        }
    }

    private static void assertResolves(String text, LocalDate due, TimescalePrecision precision) {
        assertThat(TimescaleParser.parse(text)).isEqualTo(new Timescale(text.strip(), due, precision, List.of()));
    }

    private static void assertNoDueDate(String text, TimescalePrecision precision) {
        assertThat(TimescaleParser.parse(text)).isEqualTo(new Timescale(text.strip(), null, precision, List.of()));
    }
}
