package org.ekyc.hub.verification.api.peer.corebanking;

/**
 * Where the account opening of an approved ACCOUNT case stands: the order waits or is on
 * its way to core banking (PENDING), core banking opened the account (OPENED) or refused it (REFUSED,
 * with its return code). A technical failure (no reply, unreadable reply) leaves the order PENDING
 * and it is sent again later.
 */
public enum AccountOpeningState {
    PENDING, OPENED, REFUSED
}
