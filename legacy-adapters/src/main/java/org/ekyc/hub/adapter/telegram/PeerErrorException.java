package org.ekyc.hub.adapter.telegram;

/**
 * A well-formed reply whose response code says the peer itself failed (9xxx system error) or
 * refused the request for a reason that is not an answer about the person. Technical: it counts
 * against the peer's circuit breaker and never becomes a business outcome.
 */
public class PeerErrorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String responseCode;

    public PeerErrorException(String telegramType, String responseCode) {
        super("telegram " + telegramType + " answered with response code " + responseCode);
        this.responseCode = responseCode;
    }

    public String responseCode() {
        return responseCode;
    }
}
