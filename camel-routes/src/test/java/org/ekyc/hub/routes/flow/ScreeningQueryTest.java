package org.ekyc.hub.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.screening.ScreeningRequest;
import org.junit.jupiter.api.Test;

/** The screening-only request as REST and SOAP both check it. */
class ScreeningQueryTest {

    private static InvalidRequestException refused(List<String> names, String nationality) {
        return catchThrowableOfType(InvalidRequestException.class, () -> ScreeningQuery.request(names, null, nationality));
    }

    @Test
    void namesBirthDateAndNationalityPassThroughNormalised() {
        ScreeningRequest r = ScreeningQuery.request(List.of("박도춘"), LocalDate.of(1944, 3, 9), " prk ");
        assertThat(r.names()).containsExactly("박도춘");
        assertThat(r.birthDate()).isEqualTo(LocalDate.of(1944, 3, 9));
        assertThat(r.nationality()).isEqualTo("PRK");
    }

    @Test
    void blankNationalityIsUnknownNotRefused() {
        assertThat(ScreeningQuery.request(List.of("KIM MINSU"), null, " ").nationality()).isNull();
    }

    @Test
    void missingOrBlankNamesAreFieldRequired() {
        assertThat(refused(null, null).reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(refused(List.of(), null).reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(refused(Arrays.asList("KIM", null), null).reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(refused(List.of(" "), null).field()).isEqualTo("names");
    }

    @Test
    void tooManyOrTooLongNamesAreFieldTooLong() {
        assertThat(refused(Collections.nCopies(ScreeningQuery.MAX_NAMES + 1, "KIM"), null).reason())
                .isEqualTo(ReasonCode.FIELD_TOO_LONG);
        assertThat(refused(List.of("K".repeat(ScreeningQuery.MAX_NAME_LENGTH + 1)), null).reason())
                .isEqualTo(ReasonCode.FIELD_TOO_LONG);
    }

    @Test
    void nationalityOtherThanThreeLettersIsRefused() {
        InvalidRequestException e = refused(List.of("KIM MINSU"), "K0R");
        assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY);
        assertThat(e.field()).isEqualTo("nationality");
    }

    @Test
    void controlCharactersInNamesAndCodesOutsideTheTableAreRefused() {
        InvalidRequestException e = refused(List.of("KIM\u0000MINSU"), null);
        assertThat(e.reason()).isEqualTo(ReasonCode.INVALID_CHARACTERS);
        assertThat(e.field()).isEqualTo("names");
        assertThat(refused(List.of("KIM\nMINSU"), null).reason()).isEqualTo(ReasonCode.INVALID_CHARACTERS);
        assertThat(refused(List.of("KIM MINSU"), "ZZZ").reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY);
        assertThat(refused(List.of("KIM MINSU"), "D<<").reason()).isEqualTo(ReasonCode.INVALID_NATIONALITY);
    }
}
