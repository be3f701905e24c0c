package io.plantrail.events;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedIdTest {

    @Test
    void toStringIsTheRawUuidBecauseAxonKeysAggregatesByIt() {
        UUID raw = UUID.randomUUID();

        assertThat(new PlanId(raw)).hasToString(raw.toString());
        assertThat(ActionId.of(raw.toString()).value()).isEqualTo(raw);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> new ActionId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsTextThatIsNotAUuid() {
        assertThatThrownBy(() -> PlanId.of("plan-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timescaleWithoutDateIsSaidByItsPrecision() {
        assertThat(TimescalePrecision.ONGOING.hasDueDate()).isFalse();
        assertThat(TimescalePrecision.UNREADABLE.hasDueDate()).isFalse();
        assertThat(TimescalePrecision.QUARTER.hasDueDate()).isTrue();
    }
}
