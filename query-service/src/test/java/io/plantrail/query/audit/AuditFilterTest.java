package io.plantrail.query.audit;

import io.plantrail.query.web.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditFilterTest {

    @Test
    void aDateMeansThatWholeDayInUtc() {
        AuditFilter filter = AuditFilter.parse(null, null, null, "2010-03-01", "2010-03-01");

        assertThat(filter.from()).isEqualTo(Instant.parse("2010-03-01T00:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2010-03-01T23:59:59.999999Z"));
    }

    @Test
    void instantsAreTakenAsGivenWithOrWithoutAnOffset() {
        AuditFilter filter = AuditFilter.parse(null, null, null, "2010-03-01T09:30:00Z", "2010-03-01T10:30:00+01:00");

        assertThat(filter.from()).isEqualTo(Instant.parse("2010-03-01T09:30:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2010-03-01T09:30:00Z"));
    }

    @Test
    void absentOrBlankPartsMatchEverything() {
        AuditFilter filter = AuditFilter.parse("", " ", null, null, "");

        assertThat(filter.where()).isEmpty();
        assertThat(filter.params()).isEmpty();
    }

    @Test
    void eachPresentPartBecomesACondition() {
        UUID plan = UUID.randomUUID();
        AuditFilter filter = AuditFilter.parse(plan.toString(), "ken", "LeadChanged", "2010-03-01", "2010-03-31");

        assertThat(filter.where()).isEqualTo(" where plan_id = :plan and actor = :actor and type = :type"
                + " and recorded >= :from and recorded <= :to");
        assertThat(filter.params()).containsKeys("plan", "actor", "type", "from", "to").containsEntry("plan", plan);
    }

    @Test
    void namesTheParameterItCannotRead() {
        assertThatThrownBy(() -> AuditFilter.parse("plan-7", null, null, null, null))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("plan"));
        assertThatThrownBy(() -> AuditFilter.parse(null, null, "ActionUpdated", null, null))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("type"));
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "yesterday", null))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, null, "2010-02-30"))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("to"));
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "2010-03-02", "2010-03-01"))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("from"));
    }
}
