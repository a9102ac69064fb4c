package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/**
 * What the document check read, for the app to show the customer for confirmation: layout, outcome,
 * reasons (with retake instructions in the caller's language), the fields with their source (MRZ or
 * printed zone) and confidence, and the case as it now stands. The image itself is not kept.
 */
public record DocumentResponse(String documentType, String outcome, List<CaseResponse.ReasonJson> reasons,
                               List<Field> fields, CaseResponse caseView) {

    /** One field as read. */
    public record Field(String field, String source, String value, double confidence) {
    }
}
