package org.ekyc.hub.verification.api.document;

/** Where a field was read: the machine-readable zone or the visual inspection zone. */
public enum FieldSource {
    MRZ,
    VIZ
}
