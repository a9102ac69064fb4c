package org.ekyc.hub.verification.api.peer;

/** The outside systems the engine asks about an applicant, and core banking that opens the account. */
public enum Peer {
    /** 법무부: stay status of a foreign national. */
    IMMIGRATION_REGISTRY,
    /** 행정안전부: authenticity of a resident ID card or driver's licence. */
    RESIDENT_REGISTRY,
    /** 국세청: income filing status and declared income band. */
    TAX_AUTHORITY,
    /** 휴대폰 본인확인: the carriers' identity service. */
    TELECOM_IDENTITY,
    /** The credit bureau's summary enquiry. */
    CREDIT_BUREAU,
    /** The institution's core banking, which opens the account of an approved case. */
    CORE_BANKING
}
