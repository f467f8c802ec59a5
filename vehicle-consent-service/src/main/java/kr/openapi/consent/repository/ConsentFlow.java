package kr.openapi.consent.repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One owner's way through the consent pages: the server-side state behind the session cookie. Owner data is held
 * encrypted; {@code version} lets two tabs of one session not overwrite each other's step.
 */
public class ConsentFlow {

    public String sessionHash;
    public String csrfToken;
    public int version;
    public String insttCode;
    public List<String> svcCodes;
    public boolean fixed;
    public String siteName;
    public String returnUrlA;
    public String returnUrlD;
    public FlowStep step;
    public boolean mobile;
    /** The owner's name typed at step 3 (or given by a fixed-type entry), encrypted. */
    public String ownerNameEnc;
    public String carRegNo;
    public int ownerFailures;
    public String carrier;
    /** What the owner typed at step 5 (name, nationality, birth date, sex, phone), encrypted as one value. */
    public String identityEnc;
    public String challengeId;
    public OffsetDateTime codeSentAt;
    public int codeFailures;
    public int resends;
    /** The keyed hash of the verified identity, once step 6 passed. */
    public String ownerIdentity;
    public OffsetDateTime expiresAt;
}
