package org.ekyc.hub.verification.screening;

/** What a list entry designates; OFAC's {@code SDN_Type} and the UN's INDIVIDUAL/ENTITY split. */
public enum EntryType {
    INDIVIDUAL, ENTITY, VESSEL, AIRCRAFT
}
