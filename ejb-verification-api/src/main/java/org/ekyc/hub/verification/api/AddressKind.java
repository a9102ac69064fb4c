package org.ekyc.hub.verification.api;

/** What an applicant's address is to them; every kind feeds the country risk the same way. */
public enum AddressKind {
    /** Where the applicant lives now (for a foreigner in Korea usually the registered Korean address). */
    RESIDENCE,
    /** The address in the home country or last country of residence abroad. */
    HOME_COUNTRY,
    /** Where post goes, when not the residence. */
    MAILING,
    /** Employer's or business address. */
    WORK
}
