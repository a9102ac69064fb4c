package org.ekyc.hub.verification.document.synth;

import java.nio.file.Path;
import java.time.LocalDate;

/** A made-up document holder. Every value is synthetic. */
public record SyntheticPerson(String surname, String givenNames, String hangulName, String nationality,
                              String countryName, char sex, LocalDate birthDate, String passportNumber,
                              LocalDate passportExpiry, String registrationNumber, String stayStatus,
                              LocalDate cardIssueDate, Path portrait) {
}
