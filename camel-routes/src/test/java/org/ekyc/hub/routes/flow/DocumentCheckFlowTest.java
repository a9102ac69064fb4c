package org.ekyc.hub.routes.flow;

import org.ekyc.hub.verification.api.document.DocumentStep;
import org.ekyc.hub.verification.api.CaseLifecycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ekyc.hub.verification.api.CaseNotFoundException;
import org.ekyc.hub.verification.api.CaseStatus;
import org.ekyc.hub.verification.api.CaseView;
import org.ekyc.hub.verification.api.Channel;
import org.ekyc.hub.verification.api.InvalidRequestException;
import org.ekyc.hub.verification.api.Product;
import org.ekyc.hub.verification.api.ReasonCode;
import org.ekyc.hub.verification.api.peer.immigration.RegistryCheckOutcome;
import org.ekyc.hub.verification.api.document.DocumentCheckService;
import org.ekyc.hub.verification.api.document.DocumentField;
import org.ekyc.hub.verification.api.document.DocumentReading;
import org.ekyc.hub.verification.api.document.DocumentType;
import org.ekyc.hub.verification.api.document.FieldReading;
import org.ekyc.hub.verification.api.document.FieldSource;
import org.ekyc.hub.verification.api.document.Finding;
import org.ekyc.hub.verification.api.document.QualityMetrics;
import org.ekyc.hub.verification.api.document.Severity;
import org.ekyc.hub.verification.api.face.FaceMatchResult;
import org.ekyc.hub.verification.api.face.FaceService;
import org.ekyc.hub.verification.api.face.FaceTemplate;
import org.ekyc.hub.verification.api.face.LiveFrame;
import org.ekyc.hub.verification.api.face.LivenessChallenge;
import org.ekyc.hub.verification.api.face.LivenessResult;
import org.ekyc.hub.verification.api.face.PortraitTemplate;
import org.junit.jupiter.api.Test;

/** The document upload every channel runs, and the summary it shows the caller. */
class DocumentCheckFlowTest {

    private static final DocumentReading GLARE = new DocumentReading(DocumentType.PASSPORT_TD3,
            List.of(new FieldReading(DocumentField.SURNAME, FieldSource.MRZ, "NGUYEN", 1.0)),
            new QualityMetrics(2400, 1700, 0.9, 120, 0.2, 1.0, true),
            List.of(new Finding(ReasonCode.IMAGE_GLARE, Severity.RETAKE, "0.20")), null);

    private static final DocumentReading CLEAN = new DocumentReading(DocumentType.PASSPORT_TD3, GLARE.fields(),
            GLARE.quality(), List.of(), new byte[] {7, 7, 7});
    private static final FaceTemplate PORTRAIT = new FaceTemplate("test-model", new float[] {0.6f, 0.8f});

    private final List<String> calls = new ArrayList<>();
    /** What the engine reads and what the face engine makes of the portrait. */
    private DocumentReading read = GLARE;
    private PortraitTemplate portrait = PortraitTemplate.of(PORTRAIT);
    /** The arguments of the last recordDocumentReading. */
    private Object[] recorded;

    /** Whether the applicant has consented to face processing on the case. */
    private boolean consented = true;

    private CaseView view(String caseId, String documentOutcome) {
        return new CaseView(caseId, CaseStatus.OPENED, Product.ACCOUNT, Channel.SOAP, null, null,
                RegistryCheckOutcome.VERIFIED, null, null, List.of(), Instant.EPOCH, Instant.EPOCH,
                consented ? new CaseView.FaceView(Instant.EPOCH, null, null, null, null) : null, "CLEAR",
                documentOutcome == null ? null : new CaseView.DocumentView("PASSPORT_TD3", documentOutcome));
    }

    /** The engine's facade {@code type}: every call is noted; only case "known" exists. */
    private <T> T engine(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("recordDocumentReading")) {
                        recorded = args;
                    }
                    if (!"known".equals(args[0])) {
                        throw new CaseNotFoundException((String) args[0]);
                    }
                    return view("known", method.getName().equals("recordDocumentReading") ? "RETAKE" : null);
                }));
    }

    private DocumentCheckFlow flow() {
        DocumentCheckService engine = new DocumentCheckService() {
            @Override
            public DocumentReading check(byte[] image, DocumentType expected) {
                calls.add("check " + expected);
                return read;
            }

            @Override
            public DocumentReading check(List<byte[]> frames, DocumentType expected) {
                calls.add("frames " + frames.size() + " " + expected);
                return read;
            }

            @Override
            public DocumentReading checkCard(List<byte[]> front, List<byte[]> back, DocumentType expected) {
                calls.add("card " + front.size() + "+" + back.size() + " " + expected);
                return read;
            }
        };
        FaceService faces = new FaceService() {
            @Override
            public PortraitTemplate portraitTemplate(byte[] crop) {
                calls.add("portraitTemplate " + crop.length);
                return portrait;
            }

            @Override
            public FaceMatchResult match(FaceTemplate documentPortrait, FaceTemplate liveTemplate) {
                throw new AssertionError("no match at document time");
            }

            @Override
            public LivenessChallenge issueChallenge() {
                throw new AssertionError();
            }

            @Override
            public LivenessResult verifyLiveness(String nonce, List<LiveFrame> frames) {
                throw new AssertionError();
            }
        };
        return new DocumentCheckFlow(engine(CaseLifecycle.class), engine(DocumentStep.class), engine, faces);
    }

    @Test
    void anAcceptedDocumentsPortraitTemplateIsKeptOnTheCase() throws Exception {
        read = CLEAN;
        DocumentCheckFlow.Checked checked = flow().check("known", new byte[] {1}, null);
        assertThat(calls).containsExactly("getCase", "check null", "portraitTemplate 3", "recordDocumentReading");
        assertThat(checked.reading()).isEqualTo(CLEAN);
        assertThat(recorded[2]).isEqualTo(PORTRAIT);
    }

    @Test
    void howThePhotosCameIsRecordedWithTheReadingCameraUnlessTheChannelSaysUpload() throws Exception {
        read = CLEAN;
        flow().check("known", new byte[] {1}, null);
        assertThat(recorded[3]).as("a channel that does not say (SOAP, older clients)")
                .isEqualTo(org.ekyc.hub.verification.api.document.CaptureMode.CAMERA);
        flow().check("known", List.of(new byte[] {1}), List.of(), null, org.ekyc.hub.verification.api.document.CaptureMode.UPLOAD);
        assertThat(recorded[3]).isEqualTo(org.ekyc.hub.verification.api.document.CaptureMode.UPLOAD);
    }

    @Test
    void noFaceTemplateIsMadeBeforeTheConsentToFaceProcessing() throws Exception {
        read = CLEAN;
        consented = false;
        DocumentCheckFlow.Checked checked = flow().check("known", new byte[] {1}, null);
        assertThat(calls).containsExactly("getCase", "check null", "recordDocumentReading");
        assertThat(recorded[2]).isNull();
        assertThat(checked.reading()).isEqualTo(CLEAN);
    }

    @Test
    void aPortraitWhoseFaceCannotBeUsedIsADocumentRetakeNotASelfieReason() throws Exception {
        read = CLEAN;
        portrait = PortraitTemplate.unusable(ReasonCode.FACE_TOO_SMALL);
        DocumentCheckFlow.Checked checked = flow().check("known", new byte[] {1}, null);
        assertThat(checked.reading().findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.DOCUMENT_PORTRAIT_UNUSABLE);
            assertThat(f.severity()).isEqualTo(Severity.RETAKE);
        });
        assertThat(recorded[2]).isNull();
        assertThat(((DocumentReading) recorded[1]).retake()).isTrue();
        // the customer is asked to photograph the document again, never to move the selfie camera
        assertThat(DocumentSummary.of(checked, Locale.ENGLISH).reasons()).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("photograph the document again").doesNotContain("closer"));
    }

    @Test
    void aDocumentToRetakeOrWithoutPortraitIsNotShownToTheFaceEngine() throws Exception {
        flow().check("known", new byte[] {1}, null);
        read = new DocumentReading(DocumentType.PASSPORT_TD3, GLARE.fields(), GLARE.quality(), List.of(), null);
        flow().check("known", new byte[] {1}, null);
        assertThat(calls).noneMatch(c -> c.startsWith("portraitTemplate"));
        assertThat(recorded[2]).isNull();
    }

    @Test
    void readsThenRecordsOnTheCase() throws Exception {
        DocumentCheckFlow.Checked checked = flow().check("known", new byte[] {1, 2, 3}, " PASSPORT_TD3 ");
        assertThat(calls).containsExactly("getCase", "check PASSPORT_TD3", "recordDocumentReading");
        assertThat(checked.reading()).isEqualTo(GLARE);
        assertThat(checked.caseView().document().outcome()).isEqualTo("RETAKE");
    }

    @Test
    void refusesBeforeTheEngineSeesTheImage() {
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> flow().check("known", new byte[0], null))
                .reason()).isEqualTo(ReasonCode.FIELD_REQUIRED);
        InvalidRequestException layout = catchThrowableOfType(InvalidRequestException.class,
                () -> flow().check("known", new byte[] {1}, "BUS_TICKET"));
        assertThat(layout.reason()).isEqualTo(ReasonCode.DOCUMENT_TYPE_UNKNOWN);
        assertThat(layout.field()).isEqualTo("expectedType");
        assertThat(catchThrowableOfType(CaseNotFoundException.class, () -> flow().check("gone", new byte[] {1}, null)))
                .isNotNull();
        assertThat(calls).doesNotContain("check null", "check PASSPORT_TD3");
    }

    @Test
    void summaryCarriesRetakeReasonInTheCallersLanguageAndTheFields() throws Exception {
        DocumentSummary s = DocumentSummary.of(flow().check("known", new byte[] {1}, null), Locale.KOREAN);
        assertThat(s.documentType()).isEqualTo("PASSPORT_TD3");
        assertThat(s.outcome()).isEqualTo("RETAKE");
        assertThat(s.retake()).isTrue();
        assertThat(s.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("IMAGE_GLARE");
            assertThat(r.severity()).isEqualTo("RETAKE");
            assertThat(r.message()).contains("빛 반사");
        });
        assertThat(s.fields()).containsExactly(new DocumentSummary.Field("SURNAME", "MRZ", "NGUYEN", 1.0));
    }

    @Test
    void severalFramesGoToTheConsensusReadAndABackSideToTheTwoSidedRead() throws Exception {
        flow().check("known", List.of(new byte[] {1}, new byte[] {2}), List.of(), "ALIEN_REGISTRATION_CARD");
        flow().check("known", List.of(new byte[] {1}), List.of(new byte[] {3}), null);
        flow().check("known", List.of(new byte[] {1}), List.of(), null);
        assertThat(calls).filteredOn(c -> !c.equals("getCase") && !c.equals("recordDocumentReading"))
                .containsExactly("frames 2 ALIEN_REGISTRATION_CARD", "card 1+1 null", "check null");
    }

    @Test
    void anEmptyFrameOrBackIsRefusedNamingIt() {
        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> flow().check("known", List.of(new byte[] {1}, new byte[0]), List.of(), null)).reason())
                .isEqualTo(ReasonCode.FIELD_REQUIRED);
        InvalidRequestException back = catchThrowableOfType(InvalidRequestException.class,
                () -> flow().check("known", List.of(new byte[] {1}), List.of(new byte[0]), null));
        assertThat(back.field()).isEqualTo("back");
    }
}
