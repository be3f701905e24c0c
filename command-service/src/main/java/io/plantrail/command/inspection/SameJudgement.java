package io.plantrail.command.inspection;

import io.plantrail.command.web.DomainRuleViolation;

class SameJudgement extends DomainRuleViolation {

    SameJudgement(String area, int grade) {
        super("same-judgement", area + " is already graded " + grade + "; nothing would change.");
    }
}
