package io.plantrail.command.imports;

import io.plantrail.events.PlanId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ImportTextTest {

    @Nested
    class Cells {

        @Test
        void aQuotedCellMayHoldTheDelimiterALineBreakAndQuotes() {
            List<TableText.Line> lines = TableText.read("1.1,\"Homes, flats\",\"Said \"\"done\"\".\nNext: audit\"\n1.2,b\n", ',');

            assertThat(lines.get(0).cells()).containsExactly("1.1", "Homes, flats", "Said \"done\".\nNext: audit");
            assertThat(lines.get(1).number()).isEqualTo(3); // numbered by the file's lines, not the records
        }

        @Test
        void aQuoteThatDoesNotCloseTheCellIsText() {
            assertThat(TableText.read("\"Early Start\" service\tJane\n", '\t').get(0).cells())
                    .containsExactly("\"Early Start\" service", "Jane");
            assertThat(TableText.read("\"never closed\tJane\n2.1\tx\n", '\t')).hasSize(2);
        }

        @Test
        void lineEndsOfEveryPlatformAndStrayControlCharactersAreTidied() {
            List<TableText.Line> lines = TableText.read("\uFEFF1.1\tA\u00A0 title\u0000\r\n1.2\tB\r", '\t');

            assertThat(lines).extracting(TableText.Line::cells)
                    .containsExactly(List.of("1.1", "A title"), List.of("1.2", "B"));
        }

        @Test
        void theDelimiterIsTabWhenThereIsOne() {
            assertThat(TableText.guessDelimiter("a,b\tc")).isEqualTo('\t');
            assertThat(TableText.guessDelimiter("a,b,c")).isEqualTo(',');
        }
    }

    @Nested
    class LookAlikes {

        @Test
        void cyrillicLettersThatLookLatinInALatinNameAreMadeLatin() {
            assertThat(OcrRepair.repair("СХ")).contains("CX");
            assertThat(OcrRepair.repair("Interim DСS")).contains("Interim DCS");
        }

        @Test
        void realCyrillicWordsAndPlainLatinAreLeftAlone() {
            assertThat(OcrRepair.repair("Москва")).isEmpty();
            assertThat(OcrRepair.repair("Jackie Wilson")).isEmpty();
        }
    }

    @Nested
    class Ids {

        @Test
        void areVersionFiveAndTheSameForTheSameNamesWhateverTheSpacingAndCase() {
            PlanId plan = ImportIds.plan("Leeds City Council", "2009/10", "Improvement Action Plan");

            assertThat(plan.value().version()).isEqualTo(5);
            assertThat(ImportIds.plan(" leeds city  council", "2009/10", "IMPROVEMENT ACTION PLAN")).isEqualTo(plan);
            // Pinned: a re-import on another machine, or after an upgrade, must find what the first one created.
            assertThat(plan.value()).isEqualTo(UUID.fromString("91bc93b3-2b1e-571f-be65-47279d4b9d35"));
            assertThat(ImportIds.action(plan, "1.1").value())
                    .isEqualTo(UUID.fromString("3feeeca7-39c4-53b1-a60d-1254bdacd0c0"));
        }

        @Test
        void differForAnotherPlanOrRef() {
            PlanId plan = ImportIds.plan("Leeds City Council", "2009/10", "Improvement Action Plan");

            assertThat(ImportIds.plan("Leeds City Council", "2010/11", "Improvement Action Plan")).isNotEqualTo(plan);
            assertThat(ImportIds.action(plan, "1.1")).isNotEqualTo(ImportIds.action(plan, "1.2"));
        }
    }
}
