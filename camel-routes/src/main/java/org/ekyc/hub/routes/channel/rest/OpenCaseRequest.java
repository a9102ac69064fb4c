package org.ekyc.hub.routes.channel.rest;

import java.util.List;

/**
 * JSON body of {@code POST /api/v1/cases}. Plain strings: every check and its error message
 * belong to the API records this is mapped to ({@link RestMapper}). {@code language} (#19, optional): the applicant's
 * language, ko, en, zh or vi (another value is no language); without it the request's Accept-Language gives it.
 */
public record OpenCaseRequest(String surname, String givenNames, String hangulName, String nationality,
                              String birthDate, String phone, String email, String product,
                              String externalReference, String registrationNumber, List<AddressJson> addresses,
                              String language) {

    /** An address: {@code kind} RESIDENCE (default), HOME_COUNTRY, MAILING or WORK; {@code country} alpha-3. */
    public record AddressJson(String kind, String country, String lines) {
    }

    /** A request without the applicant's language. */
    public OpenCaseRequest(String surname, String givenNames, String hangulName, String nationality, String birthDate,
                           String phone, String email, String product, String externalReference, String registrationNumber,
                           List<AddressJson> addresses) {
        this(surname, givenNames, hangulName, nationality, birthDate, phone, email, product, externalReference,
                registrationNumber, addresses, null);
    }

    /** A request without addresses. */
    public OpenCaseRequest(String surname, String givenNames, String hangulName, String nationality, String birthDate,
                           String phone, String email, String product, String externalReference, String registrationNumber) {
        this(surname, givenNames, hangulName, nationality, birthDate, phone, email, product, externalReference,
                registrationNumber, null);
    }
}
