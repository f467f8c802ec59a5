package kr.openapi.consent.service;

import kr.openapi.consent.repository.ConsentFlow;

/**
 * What a step did: the flow as it now stands, and either nothing (go on to its step's page), a problem the owner
 * can fix on the same page ({@code error}), a note for the owner ({@code notice}), or, after agreeing, the
 * withdrawal link's token to show once.
 */
public record StepResult(ConsentFlow flow, String error, String notice, String withdrawToken) {

    public static StepResult next(ConsentFlow flow) {
        return new StepResult(flow, null, null, null);
    }

    public static StepResult retry(ConsentFlow flow, String error) {
        return new StepResult(flow, error, null, null);
    }

    public static StepResult notice(ConsentFlow flow, String notice) {
        return new StepResult(flow, null, notice, null);
    }
}
