package org.ekyc.hub.routes.rest;

/**
 * JSON body of {@code POST /api/v1/cases}. Plain strings: every check and its error message
 * belong to the API records this is mapped to ({@link RestMapper}).
 */
public record OpenCaseRequest(String surname, String givenNames, String hangulName, String nationality,
                              String birthDate, String phone, String email, String product,
                              String externalReference, String registrationNumber) {
}
