package kr.openapi.consent.repository;

/** Where an owner is in the seed's steps: 3 owner, 4 carrier, 5 identity, 6 code, 7 consent; then an end. */
public enum FlowStep {
    OWNER, CARRIER, IDENTITY, CODE, CONSENT, DONE, CANCELLED, LOCKED;

    public boolean ended() {
        return this == DONE || this == CANCELLED || this == LOCKED;
    }
}
