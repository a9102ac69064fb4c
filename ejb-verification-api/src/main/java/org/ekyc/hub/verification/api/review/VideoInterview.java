package org.ekyc.hub.verification.api.review;

import java.time.Duration;
import java.time.Instant;

/**
 * The record of a video interview a reviewer held with the applicant: who held it, when, how long it
 * lasted, what they concluded and where the recording is kept (the hub keeps the reference, never the
 * recording).
 *
 * @param reviewer     the reviewer's employee id
 * @param heldAt       when the call started (not in the future)
 * @param duration     how long it lasted
 * @param outcome      what the reviewer concluded; only {@link InterviewOutcome#CONFIRMED} counts
 * @param recordingRef the recording's reference in the institution's recording system (kept encrypted)
 */
public record VideoInterview(String reviewer, Instant heldAt, Duration duration, InterviewOutcome outcome,
                             String recordingRef) {
}
