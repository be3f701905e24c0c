package io.plantrail.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RefOrderTest {

    @Test
    void readsNumbersAsNumbersAndLettersAfterThem() {
        List<String> refs = List.of("1.10", "2", "1.2", "10.1", "3.2a", "3.2", "1.2.1", "3.10");

        assertThat(refs.stream().sorted(RefOrder.INSTANCE).toList())
                .containsExactly("1.2", "1.2.1", "1.10", "2", "3.2", "3.2a", "3.10", "10.1");
    }
}
