package org.ekyc.hub.verification.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ekyc.hub.verification.api.ConsentRefusal;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.ReasonCode;
import org.junit.jupiter.api.Test;

/** #18 How the document's photos came, as a request names it; the refusal of face processing as a request gives it. */
class CaptureModeTest {

    @Test
    void noModeIsTheCamera() {
        assertThat(CaptureMode.of(null)).isEqualTo(CaptureMode.CAMERA);
        assertThat(CaptureMode.of(" ")).isEqualTo(CaptureMode.CAMERA);
    }

    @Test
    void theTwoModesAreReadWhateverTheirCase() {
        assertThat(CaptureMode.of("UPLOAD")).isEqualTo(CaptureMode.UPLOAD);
        assertThat(CaptureMode.of(" upload ")).isEqualTo(CaptureMode.UPLOAD);
        assertThat(CaptureMode.of("camera")).isEqualTo(CaptureMode.CAMERA);
    }

    @Test
    void anyOtherModeIsRefusedNamingTheField() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> CaptureMode.of("FILE"));
        assertThat(e.reason()).isEqualTo(ReasonCode.MALFORMED_REQUEST);
        assertThat(e.field()).isEqualTo("captureMode");
    }

    @Test
    void aRefusalNamesItsNoticeAndASupportedLanguage() {
        assertThat(new ConsentRefusal(" face-2026-01 ", "ko").noticeVersion()).isEqualTo("face-2026-01");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> new ConsentRefusal(null, "ko")).reason())
                .isEqualTo(ReasonCode.FIELD_REQUIRED);
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> new ConsentRefusal("v1", "fr")).field())
                .isEqualTo("language");
    }
}
