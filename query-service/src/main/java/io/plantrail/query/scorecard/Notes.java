package io.plantrail.query.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers a scorecard's footnotes 1, 2, ... as they are first met; the same text keeps its number. */
final class Notes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    Scorecard.Measure numbered(Scorecard.Measure measure) {
        Map<String, Scorecard.Cell> cells = new LinkedHashMap<>();
        measure.quarters().forEach((quarter, cell) -> cells.put(quarter, numbered(cell)));
        return new Scorecard.Measure(measure.measureId(), measure.name(), measure.direction(), measure.unit(),
                measure.tolerance(), measure.aim(), measure.actionId(), measure.target(), cells, measure.assessment());
    }

    private Scorecard.Cell numbered(Scorecard.Cell cell) {
        if (cell == null || cell.note() == null) {
            return cell;
        }
        int number = numbers.computeIfAbsent(cell.note(), text -> numbers.size() + 1);
        return new Scorecard.Cell(cell.period(), cell.status(), cell.value(), cell.rag(), cell.display(),
                cell.expected(), cell.note(), number, cell.target(), cell.trend(), cell.againstTarget(), cell.steps());
    }

    List<Scorecard.Note> list() {
        List<Scorecard.Note> notes = new ArrayList<>();
        numbers.forEach((text, number) -> notes.add(new Scorecard.Note(number, text)));
        return notes;
    }
}
