package org.ekyc.hub.verification.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

/** #18 A customer's correction of a field read from their document, as a request names it. */
class FieldCorrectionTest {

    @Test
    void theFieldIsNamedAsTheHubNamesItOrInTheCapturePagesWay() {
        assertThat(FieldCorrection.of("SURNAME", " NGUYEN ")).isEqualTo(new FieldCorrection(DocumentField.SURNAME, "NGUYEN"));
        assertThat(FieldCorrection.of("givenNames", "VAN AN").field()).isEqualTo(DocumentField.GIVEN_NAMES);
        assertThat(FieldCorrection.of("birthDate", "1994-03-17").field()).isEqualTo(DocumentField.BIRTH_DATE);
    }

    @Test
    void anUnknownFieldAnEmptyALongOrAControlValueIsRefusedNamingIt() {
        InvalidRequestException unknown = catchThrowableOfType(InvalidRequestException.class, () -> FieldCorrection.of("salary", "1"));
        assertThat(unknown.reason()).isEqualTo(ReasonCode.MALFORMED_REQUEST);
        assertThat(unknown.field()).isEqualTo("field");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> FieldCorrection.of("SURNAME", " ")).reason())
                .isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> FieldCorrection.of("SURNAME", "A".repeat(FieldCorrection.MAX_VALUE_LENGTH + 1))).reason())
                .isEqualTo(ReasonCode.FIELD_TOO_LONG);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> FieldCorrection.of("SURNAME", "NGU\u200BYEN")).reason())
                .isEqualTo(ReasonCode.INVALID_CHARACTERS);
    }
}
